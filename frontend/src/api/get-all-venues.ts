import { useQuery } from '@tanstack/react-query';
import { searchVenues } from './search-venues';

/**
 * The whole catalogue without filters: the choices of the filters, the venues' names in both
 * languages for other screens (the board), and the map's venues before any filter.
 */
export function useAllVenues() {
  return useQuery({
    queryKey: ['venues', 'all'],
    queryFn: async ({ signal }) => (await searchVenues({}, signal)).content,
    staleTime: 5 * 60_000,
  });
}
