import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ImportedVenue } from '@/types/api';

export const importedVenuesQueryKey = (planId: number) => ['plans', planId, 'imported-venues'] as const;

/** GET /api/plans/{id}/imported-venues: the plan's own venues and the catalogue venues of their names. */
export function useImportedVenues(planId: number) {
  return useQuery({
    queryKey: importedVenuesQueryKey(planId),
    queryFn: ({ signal }) => apiRequest<ImportedVenue[]>(`/api/plans/${planId}/imported-venues`, { signal }),
  });
}

/**
 * POST …/imported-venues/{venueId}/accept-match: the plan uses the catalogue venue instead of its own, so its
 * venues, engagements, closures and delegations are read again, and the catalogue too.
 */
export function useAcceptMatch(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ venueId, catalogueVenueId }: { venueId: string; catalogueVenueId: string }) =>
      apiRequest<unknown>(`/api/plans/${planId}/imported-venues/${encodeURIComponent(venueId)}/accept-match`, {
        method: 'POST',
        body: { catalogueVenueId },
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['plans', planId] });
      void client.invalidateQueries({ queryKey: ['venues'] });
    },
  });
}
