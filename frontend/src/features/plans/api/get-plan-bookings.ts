import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { BookingMark, Page } from '@/types/api';

export const planBookingsQueryKey = (planId: number) => ['plans', planId, 'bookings'] as const;

const PAGE = 500;

/**
 * Every booking of a live plan, page by page (a summit week has a few hundred). The board marks
 * confirmed engagements and those awaiting an answer from them.
 */
export async function getPlanBookings(planId: number, signal?: AbortSignal): Promise<BookingMark[]> {
  const bookings: BookingMark[] = [];
  for (let page = 0; ; page++) {
    const answer = await apiRequest<Page<BookingMark>>(`/api/bookings?plan=${planId}&size=${PAGE}&page=${page}`, {
      signal,
    });
    bookings.push(...answer.content);
    if (page + 1 >= answer.totalPages) return bookings;
  }
}

/**
 * Venue managers answer while the officer watches the board, so the bookings are read again every
 * half minute. A scenario shows the bookings of its live plan, which it plans around.
 */
export function usePlanBookings(livePlanId: number | undefined) {
  return useQuery({
    queryKey: planBookingsQueryKey(livePlanId ?? -1),
    queryFn: ({ signal }) => getPlanBookings(livePlanId!, signal),
    enabled: livePlanId !== undefined,
    refetchInterval: 30_000,
  });
}
