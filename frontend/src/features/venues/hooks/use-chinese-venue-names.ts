import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useChineseNames } from '@/api/get-all-venues';

/**
 * A venue's name from the catalogue in the UI's language, by venue id, for screens that draw a
 * plan (whose document names venues in English): the Chinese name when the UI speaks Chinese and
 * the catalogue has one, else undefined (the caller keeps the document's name).
 */
export function useChineseVenueNames(): (venueId: string) => string | undefined {
  const { i18n } = useTranslation();
  const chinese = useChineseNames();
  const zh = i18n.language === 'zh';
  return useCallback((venueId: string) => (zh ? chinese.venues.get(venueId) : undefined), [zh, chinese]);
}
