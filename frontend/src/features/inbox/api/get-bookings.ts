import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { Booking, BookingStatus } from '../types';

export const bookingsQueryKey = (status: BookingStatus) => ['bookings', 'inbox', status] as const;

const PAGE = 500;

/** Every booking in this status that the reader may see (a manager: their own venues'), page by page. */
export async function getBookings(status: BookingStatus, signal?: AbortSignal): Promise<Booking[]> {
  const bookings: Booking[] = [];
  for (let page = 0; ; page++) {
    const answer = await apiRequest<Page<Booking>>(`/api/bookings?status=${status}&size=${PAGE}&page=${page}`, {
      signal,
    });
    bookings.push(...answer.content);
    if (page + 1 >= answer.totalPages) return bookings;
  }
}

/** New requests arrive whenever an officer publishes: read again every half minute. */
export function useBookings(status: BookingStatus) {
  return useQuery({
    queryKey: bookingsQueryKey(status),
    queryFn: ({ signal }) => getBookings(status, signal),
    refetchInterval: 30_000,
  });
}
