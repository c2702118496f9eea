import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { VenueDetail } from '@/types/api';
import { venueQueryKey } from './get-venue';

/** POST /api/venues/{id}/add-to-catalogue: a plan's own venue joins the shared catalogue. */
export function useAddToCatalogue() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (venueId: string) =>
      apiRequest<VenueDetail>(`/api/venues/${encodeURIComponent(venueId)}/add-to-catalogue`, { method: 'POST' }),
    onSuccess: (venue) => {
      client.setQueryData(venueQueryKey(venue.id), venue);
      void client.invalidateQueries({ queryKey: ['venues'] });
    },
  });
}
