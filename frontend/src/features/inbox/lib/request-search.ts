import type { VenueDetail } from '@/types/api';
import type { Booking } from '../types';

/**
 * The requests whose engagement title, plan, venue or space contains the query (any case), by the
 * English names every booking carries and the Chinese names of the venues already read. A
 * confidential engagement's title is not in a manager's booking, so it cannot be found by it.
 */
export function requestsMatching(
  bookings: readonly Booking[],
  query: string,
  venues: readonly VenueDetail[],
): Booking[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...bookings];
  const byId = new Map(venues.map((venue) => [venue.id, venue]));
  return bookings.filter((booking) => {
    const venue = byId.get(booking.venueId);
    const space = venue?.spaces.find((s) => s.id === booking.spaceId);
    return [
      booking.engagement?.title,
      booking.planName,
      booking.venueName,
      booking.spaceName,
      venue?.nameZh,
      space?.nameZh,
    ].some((text) => !!text && text.toLocaleLowerCase().includes(needle));
  });
}
