import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import baseMapUrl from '../assets/beijing-base.geojson?url';

/**
 * Where the build puts the map's base (the outline of Beijing, its neighbours, rivers and lakes), which
 * ships with the application: the map needs no tile server and no internet. Made by
 * scripts/beijing-base-map.py; its sources and licence are in docs/decisions/0136-venue-map-base.md.
 */
export const BASE_MAP_URL: string = baseMapUrl;

export function useBaseMap() {
  return useQuery({
    queryKey: ['base-map'],
    queryFn: async ({ signal }) => {
      const response = await fetch(BASE_MAP_URL, { signal });
      if (!response.ok) throw new Error(`The base map answered ${response.status}`);
      return (await response.json()) as FeatureCollection;
    },
    staleTime: Infinity,
  });
}
