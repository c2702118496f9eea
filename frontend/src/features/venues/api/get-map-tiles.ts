import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { MapTiles } from '@/types/api';

/**
 * The tile server the map draws on, as the server's operator configured it (PLANNER_MAP_TILE_URL):
 * the server also allows the browser to load images from exactly that server, and from no other.
 */
export function useMapTiles() {
  return useQuery({
    queryKey: ['map-tiles'],
    queryFn: ({ signal }) => apiRequest<MapTiles>('/api/map-tiles', { signal }),
    staleTime: Infinity,
  });
}
