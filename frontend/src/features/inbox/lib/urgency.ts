import type { Booking } from '../types';

/** Within this long of its answer-by time a request is "due soon". */
export const SOON_MS = 24 * 60 * 60 * 1000;

export type Urgency = 'overdue' | 'soon' | 'later' | 'none';

function answerByMillis(booking: Pick<Booking, 'answerBy'>): number {
  return booking.answerBy ? new Date(booking.answerBy).getTime() : Number.POSITIVE_INFINITY;
}

/**
 * The inbox's order: the soonest answer-by time first (requests without one last), then the
 * soonest start, then the booking number, so that the order never changes between two reads.
 */
export function byUrgency(
  a: Pick<Booking, 'answerBy' | 'startsAt' | 'id'>,
  b: Pick<Booking, 'answerBy' | 'startsAt' | 'id'>,
): number {
  return (
    answerByMillis(a) - answerByMillis(b) ||
    new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime() ||
    a.id - b.id
  );
}

export function sortByUrgency<T extends Pick<Booking, 'answerBy' | 'startsAt' | 'id'>>(bookings: readonly T[]): T[] {
  return [...bookings].sort(byUrgency);
}

/** How pressing an answer is at `now`: past its answer-by time, within a day of it, or later. */
export function urgencyOf(booking: Pick<Booking, 'answerBy'>, now: Date): Urgency {
  if (!booking.answerBy) return 'none';
  const left = new Date(booking.answerBy).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= SOON_MS ? 'soon' : 'later';
}
