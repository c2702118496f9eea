import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChineseNames } from '@/lib/local-names';
import { searchVenues } from './search-venues';

/**
 * Every venue without filters, plans' own venues too: the choices of the filters, the venues' names in both
 * languages for other screens (the board, a plan's own venues among them), and the venues a manager may be
 * given. `enabled` false leaves them unread (a screen that needs them only in Chinese).
 */
export function useAllVenues(enabled = true) {
  return useQuery({
    queryKey: ['venues', 'all'],
    queryFn: async ({ signal }) => (await searchVenues({ scope: 'ALL' }, signal)).content,
    staleTime: 5 * 60_000,
    enabled,
  });
}

const NO_NAMES: ChineseNames = { venues: new Map(), spaces: new Map() };

/** The catalogue's Chinese names of venues and their spaces, by id; none while unread or when not `enabled`. */
export function useChineseNames(enabled = true): ChineseNames {
  const venues = useAllVenues(enabled);
  return useMemo(() => {
    if (!venues.data) return NO_NAMES;
    const names = { venues: new Map<string, string>(), spaces: new Map<string, string>() };
    for (const venue of venues.data) {
      if (venue.nameZh) names.venues.set(venue.id, venue.nameZh);
      for (const [spaceId, name] of Object.entries(venue.spaceNamesZh)) names.spaces.set(spaceId, name);
    }
    return names;
  }, [venues.data]);
}
