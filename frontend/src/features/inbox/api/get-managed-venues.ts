import { useQueries } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { VenueDetail } from '@/types/api';

/**
 * The venues a manager manages, with their spaces and names in both languages: the rows of the
 * week view, and the local names of the inbox's venues and spaces.
 */
export function useManagedVenues(venueIds: readonly string[]) {
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
