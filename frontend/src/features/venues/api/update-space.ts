import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { SpaceRequest, VenueDetail } from '@/types/api';
import { venueQueryKey } from './get-venue';

/** Saves one space (capacities, features, turnover, opening hours, blackouts) with its version. */
export function useUpdateSpace(venueId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ spaceId, space }: { spaceId: string; space: SpaceRequest }) =>
      apiRequest<VenueDetail>(`/api/venues/${encodeURIComponent(venueId)}/spaces/${encodeURIComponent(spaceId)}`, {
        method: 'PUT',
        body: space,
      }),
    onSuccess: (venue) => {
      client.setQueryData(venueQueryKey(venueId), venue);
      void client.invalidateQueries({ queryKey: ['venues', 'search'] });
    },
  });
}
