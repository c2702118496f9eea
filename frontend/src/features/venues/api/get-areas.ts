import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Area } from '@/types/api';

/** Places on the map that are not bookable: avenues, the Central Axis, embassy districts. */
export function useAreas() {
  return useQuery({
    queryKey: ['areas'],
    queryFn: ({ signal }) => apiRequest<Area[]>('/api/areas', { signal }),
    staleTime: 10 * 60_000,
  });
}
