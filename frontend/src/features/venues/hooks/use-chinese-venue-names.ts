import { useCallback, useMemo } from 'react';
import { currentLanguage } from '@/lib/i18n';
import { useAllVenues } from '@/api/get-all-venues';

/**
 * A venue's name from the catalogue in the UI's language, by venue id, for screens that draw a
 * plan (whose document names venues in English): the Chinese name when the UI speaks Chinese and
 * the catalogue has one, else undefined (the caller keeps the document's name).
 */
export function useChineseVenueNames(): (venueId: string) => string | undefined {
  const venues = useAllVenues();
  const language = currentLanguage();
  const chineseNames = useMemo(
    () => new Map((venues.data ?? []).flatMap((venue) => (venue.nameZh ? [[venue.id, venue.nameZh] as const] : []))),
    [venues.data],
  );
  return useCallback(
    (venueId: string) => (language === 'zh' ? chineseNames.get(venueId) : undefined),
    [language, chineseNames],
  );
}
