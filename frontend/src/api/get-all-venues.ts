import { useQuery } from '@tanstack/react-query';
import { searchVenues } from './search-venues';

/**
 * Every venue without filters, plans' own venues too: the choices of the filters, the venues' names in both
 * languages for other screens (the board, a plan's own venues among them), and the venues a manager may be
 * given.
 */
export function useAllVenues() {
  return useQuery({
    queryKey: ['venues', 'all'],
    queryFn: async ({ signal }) => (await searchVenues({ scope: 'ALL' }, signal)).content,
    staleTime: 5 * 60_000,
  });
}
