import type { Language, VenueDetail } from '@/types/api';

export interface PlaceNames {
  venue: string;
  space: string;
}

/**
 * A booking's venue and space in the UI's language: the Chinese names from the manager's own
 * venues where known, else the English names the booking carries.
 */
export function placeNames(
  booking: { venueId: string; venueName: string; spaceId: string; spaceName: string },
  venues: readonly VenueDetail[],
  language: Language,
): PlaceNames {
  const venue = venues.find((v) => v.id === booking.venueId);
  const space = venue?.spaces.find((s) => s.id === booking.spaceId);
  const local = (item: { nameEn: string; nameZh?: string | null } | undefined, fallback: string) =>
    item ? (language === 'zh' && item.nameZh ? item.nameZh : item.nameEn) : fallback;
  return { venue: local(venue, booking.venueName), space: local(space, booking.spaceName) };
}
