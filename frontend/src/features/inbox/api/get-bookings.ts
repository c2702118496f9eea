import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { Booking, BookingStatus } from '../types';

/**
 * Which bookings to read besides their status: `managed` true keeps the venues with managers,
 * false the venues without (whose requests the protocol officers answer); absent, both.
 */
export interface BookingsFilter {
  managed?: boolean;
}

export const bookingsQueryKey = (status: BookingStatus, filter: BookingsFilter = {}) =>
  ['bookings', 'inbox', status, filter.managed ?? 'all'] as const;

const PAGE = 500;

/** Every booking in this status that the reader may see (a manager: their own venues'), page by page. */
export async function getBookings(
  status: BookingStatus,
  filter: BookingsFilter = {},
  signal?: AbortSignal,
): Promise<Booking[]> {
  const managed = filter.managed === undefined ? '' : `&managed=${filter.managed}`;
  const bookings: Booking[] = [];
  for (let page = 0; ; page++) {
    const answer = await apiRequest<Page<Booking>>(
      `/api/bookings?status=${status}${managed}&size=${PAGE}&page=${page}`,
      {
        signal,
      },
    );
    bookings.push(...answer.content);
    if (page + 1 >= answer.totalPages) return bookings;
  }
}

/** New requests arrive whenever an officer publishes: read again every half minute. */
export function useBookings(status: BookingStatus, filter: BookingsFilter = {}, enabled = true) {
  return useQuery({
    queryKey: bookingsQueryKey(status, filter),
    queryFn: ({ signal }) => getBookings(status, filter, signal),
    refetchInterval: 30_000,
    enabled,
  });
}
