import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { VenueDetail } from '@/types/api';

export const venueQueryKey = (venueId: string) => ['venues', venueId] as const;

export function getVenue(venueId: string, signal?: AbortSignal): Promise<VenueDetail> {
  return apiRequest<VenueDetail>(`/api/venues/${encodeURIComponent(venueId)}`, { signal });
}

export function useVenue(venueId: string) {
  return useQuery({ queryKey: venueQueryKey(venueId), queryFn: ({ signal }) => getVenue(venueId, signal) });
}
