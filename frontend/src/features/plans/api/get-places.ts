import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { PlaceOptions } from '@/types/api';

/** How many places the drawer lists: the backend's default. */
export const PLACES_LISTED = 10;

/**
 * The best places for one engagement (GET …/engagements/{eventId}/places), asked for only when
 * the person wants them: ranking them scores about a thousand places. Asked afresh each time, as
 * the plan may have changed since.
 */
export function usePlaces(planId: number, eventId: string | undefined, limit = PLACES_LISTED) {
  return useQuery({
    queryKey: ['plans', planId, 'places', eventId, limit],
    queryFn: () =>
      apiRequest<PlaceOptions>(
        `/api/plans/${planId}/engagements/${encodeURIComponent(eventId!)}/places?limit=${limit}`,
      ),
    enabled: !!eventId,
    staleTime: 0,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
