import { useQueries } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { VenueDetail } from '@/types/api';

/**
 * Venues with their spaces and names in both languages: a manager's own venues (the rows of the
 * week view), and the venues the inbox's requests name, for their local names.
 */
export function useVenues(venueIds: readonly string[]) {
  return useQueries({
    queries: venueIds.map((venueId) => ({
      queryKey: ['venues', venueId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<VenueDetail>(`/api/venues/${encodeURIComponent(venueId)}`, { signal }),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => ({
      venues: results.flatMap((result) => (result.data ? [result.data] : [])),
      error: results.find((result) => result.error)?.error,
      isPending: results.some((result) => result.isPending),
    }),
  });
}
