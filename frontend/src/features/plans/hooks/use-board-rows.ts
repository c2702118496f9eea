import { useCallback, useMemo, useState } from 'react';
import {
  delegationGroups,
  pageOfRow,
  spaceGroupId,
  spacesInUse,
  venueGroups,
  venuePages,
  venuesMatching,
  type BoardView,
} from '@/lib/board-rows';
import type { BoardData } from './use-board-data';

/**
 * Rows per page of the venue view. A page of whole venues keeps what the timeline draws small
 * (see venuePages); 60 rows fill about three screens of the board.
 */
const ROWS_PER_PAGE = 60;

/**
 * The board's rows: by venue or by delegation, venues opened and closed by hand, the venue search
 * and the page shown, and the engagements highlighted (turning to the page that shows them).
 */
export function useBoardRows(data: BoardData, venueName: ((venueId: string) => string | undefined) | undefined) {
  const { document, engagements, spaces } = data;
  const [view, setView] = useState<BoardView>('venues');
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [toggledVenues, setToggledVenues] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [venueQuery, setVenueQuery] = useState('');
  const [venuePage, setVenuePage] = useState(0);
  /** A move saved from the drawer, to show on its page of the board once the engagements reload. */
  const [moved, setMoved] = useState<{ eventId: string; spaceId: string } | null>(null);

  // The rows follow the view, the spaces in use and the venues opened or closed by hand, not
  // every move of an engagement.
  const inUseKey = useMemo(() => [...spacesInUse(engagements.data ?? [])].sort().join(' '), [engagements.data]);
  const usedSpaces = useMemo(() => new Set(inUseKey.split(' ').filter(Boolean)), [inUseKey]);
  const loaded = !!engagements.data;
  const allGroups = useMemo(() => {
    if (!document.data || !loaded) return [];
    return view === 'venues'
      ? venueGroups(document.data, usedSpaces, { venue: (id, fallback) => venueName?.(id) ?? fallback }, toggledVenues)
      : delegationGroups(document.data);
  }, [view, document.data, loaded, usedSpaces, venueName, toggledVenues]);
  const englishVenueNames = useMemo(
    () => new Map(document.data?.venues.map((venue) => [venue.id, [venue.nameInDocument ?? venue.name]]) ?? []),
    [document.data],
  );
  const pages = useMemo(
    () =>
      view === 'venues'
        ? venuePages(
            venuesMatching(allGroups, venueQuery, (id) => englishVenueNames.get(id) ?? []),
            ROWS_PER_PAGE,
          )
        : [allGroups],
    [view, allGroups, venueQuery, englishVenueNames],
  );
  const page = Math.max(0, Math.min(venuePage, pages.length - 1));
  const groups = useMemo(() => pages[page] ?? [], [pages, page]);

  const toggleVenue = useCallback(
    (venueId: string) => {
      const open = allGroups.find((group) => group.venue?.id === venueId)?.venue?.open ?? false;
      setToggledVenues((current) => new Map(current).set(venueId, !open));
    },
    [allGroups],
  );

  /** Highlights an explanation's engagements, turning to the page of the venue view that shows the first. */
  const highlight = useCallback(
    (eventIds: string[]) => {
      setHighlighted(eventIds);
      const spaceId = engagements.data?.find((e) => e.id === eventIds[0])?.assignment?.spaceId;
      const shownOn = spaceId && view === 'venues' ? pageOfRow(pages, spaceGroupId(spaceId)) : -1;
      if (shownOn >= 0) setVenuePage(shownOn);
    },
    [engagements.data, view, pages],
  );

  const searchVenues = (query: string) => {
    setVenueQuery(query);
    setVenuePage(0);
  };

  // Once the engagements show a move saved from the drawer, the board turns to the page of its
  // space (opening its venue first) and highlights it: adjusted while rendering, as the
  // engagements' reload arrives, rather than in an effect after it.
  if (moved && view === 'venues') {
    const engagement = engagements.data?.find((e) => e.id === moved.eventId);
    if (engagement?.assignment?.spaceId === moved.spaceId) {
      const venueId = spaces.get(moved.spaceId)?.venueId;
      const venueRow = allGroups.find((group) => group.venue?.id === venueId);
      if (venueId && venueRow && !venueRow.venue?.open) {
        setToggledVenues((current) => new Map(current).set(venueId, true));
      } else {
        const shownOn = pageOfRow(pages, spaceGroupId(moved.spaceId));
        if (shownOn >= 0) setVenuePage(shownOn);
        setHighlighted([moved.eventId]);
        setMoved(null);
      }
    }
  }

  return {
    view,
    setView,
    highlighted,
    setHighlighted,
    pages,
    page,
    setPage: setVenuePage,
    groups,
    toggleVenue,
    highlight,
    searchVenues,
    showMoved: setMoved,
  };
}

export type BoardRows = ReturnType<typeof useBoardRows>;
