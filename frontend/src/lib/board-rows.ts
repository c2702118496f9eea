import type { BookingMark, Engagement } from '@/types/api';
import type { PlanDocument } from '@/types/plan-document';
import { roundedDuration, toInstant } from './plan-time';

/**
 * A row of the timeline (vis-timeline's DataGroup, as far as the board uses it). Venues are rows
 * of their own with their spaces' rows under them; the board opens and closes them itself rather
 * than through vis-timeline's nested groups, which re-draw the whole timeline once per nested row
 * (a summit with 1,300 spaces took 12 s to draw that way).
 */
export interface BoardGroup {
  id: string;
  content: string;
  className?: string;
  /** A venue's row: its id, and whether its spaces' rows are shown under it. */
  venue?: { id: string; open: boolean };
  /** The row's place: the timeline would otherwise keep the order in which rows first came. */
  order: number;
}

/** One engagement on one row (vis-timeline's DataItem). */
export interface BoardItem {
  id: string;
  eventId: string;
  group: string;
  start: Date;
  end: Date;
  content: string;
  title: string;
  className: string;
  editable: boolean;
}

export type BoardView = 'venues' | 'delegations';

export const spaceGroupId = (spaceId: string) => `space:${spaceId}`;
export const venueGroupId = (venueId: string) => `venue:${venueId}`;
export const delegationGroupId = (delegationId: string) => `delegation:${delegationId}`;

/** The space id of a row of the venue view, or undefined for a venue's own row. */
export function spaceOfGroup(groupId: string | number | undefined): string | undefined {
  const id = String(groupId ?? '');
  return id.startsWith('space:') ? id.slice('space:'.length) : undefined;
}

export interface RowNames {
  venue: (id: string, fallback: string) => string;
}

/** The spaces where some engagement takes place. */
export function spacesInUse(engagements: Engagement[]): Set<string> {
  return new Set(engagements.flatMap((e) => (e.assignment?.spaceId ? [e.assignment.spaceId] : [])));
}

/**
 * A venue row, then the rows of its spaces when it is open. Venues where some engagement takes
 * place come first and open; the others follow closed (in the document's order), so the board
 * opens on what the plan uses rather than on hundreds of empty rows. `toggled` holds the venues
 * the person opened or closed by hand, which keep that state.
 */
export function venueGroups(
  document: PlanDocument,
  usedSpaces: ReadonlySet<string>,
  names: RowNames,
  toggled: ReadonlyMap<string, boolean> = new Map(),
): BoardGroup[] {
  const isUsed = (venue: PlanDocument['venues'][number]) => venue.spaces.some((space) => usedSpaces.has(space.id));
  const ordered = [...document.venues.filter(isUsed), ...document.venues.filter((venue) => !isUsed(venue))];
  const groups: BoardGroup[] = [];
  for (const venue of ordered) {
    const used = isUsed(venue);
    const open = toggled.get(venue.id) ?? used;
    groups.push({
      id: venueGroupId(venue.id),
      content: names.venue(venue.id, venue.name),
      className: ['board-venue', used ? 'board-venue-used' : ''].filter(Boolean).join(' '),
      venue: { id: venue.id, open },
      order: groups.length,
    });
    if (open) {
      for (const space of venue.spaces) {
        groups.push({
          id: spaceGroupId(space.id),
          content: space.name,
          className: 'board-space',
          order: groups.length,
        });
      }
    }
  }
  return groups;
}

/**
 * The venue view's rows in pages of whole venues, each of at most `rowBudget` rows (a venue with
 * more spaces than that fills a page of its own). vis-timeline draws and measures every row it is
 * given, at every redraw: on a week of 456 venues and 1,087 rows that took 7 s of the board's 9 s
 * to open, and most of a second after each drop. The order is venueGroups', so the venues in use
 * come first.
 */
export function venuePages(groups: readonly BoardGroup[], rowBudget: number): BoardGroup[][] {
  const pages: BoardGroup[][] = [];
  let page: BoardGroup[] = [];
  let venue: BoardGroup[] = [];
  const closeVenue = () => {
    if (venue.length === 0) return;
    if (page.length > 0 && page.length + venue.length > rowBudget) {
      pages.push(page);
      page = [];
    }
    page.push(...venue);
    venue = [];
  };
  for (const group of groups) {
    if (group.venue) closeVenue();
    venue.push(group);
  }
  closeVenue();
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The page that holds a row, or -1. */
export function pageOfRow(pages: readonly BoardGroup[][], groupId: string): number {
  return pages.findIndex((page) => page.some((group) => group.id === groupId));
}

/**
 * The venues (with their space rows) whose name, or the name of a space shown under it, contains
 * the query, in either language; `alsoKnownAs` gives a venue's other names (the document's English name).
 */
export function venuesMatching(
  groups: readonly BoardGroup[],
  query: string,
  alsoKnownAs: (venueId: string) => readonly string[] = () => [],
): BoardGroup[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [...groups];
  const found = (text: string) => text.toLocaleLowerCase().includes(needle);
  const kept: BoardGroup[] = [];
  let venue: BoardGroup[] = [];
  let matches = false;
  const closeVenue = () => {
    if (matches) kept.push(...venue);
    venue = [];
    matches = false;
  };
  for (const group of groups) {
    if (group.venue) {
      closeVenue();
      matches = found(group.content) || alsoKnownAs(group.venue.id).some(found);
    } else {
      matches ||= found(group.content);
    }
    venue.push(group);
  }
  closeVenue();
  return kept;
}

/** One row per delegation, in the document's order. */
export function delegationGroups(document: PlanDocument): BoardGroup[] {
  return document.delegations.map((delegation, index) => ({
    id: delegationGroupId(delegation.id),
    content: delegation.name,
    className: 'board-delegation',
    order: index,
  }));
}

export interface ItemOptions {
  offsetMinutes: number;
  grainMinutes: number;
  /** The engagements an explanation points at; they are drawn highlighted. */
  highlighted: ReadonlySet<string>;
  /** Whether the person may move engagements (and the plan is not being solved). */
  editable: boolean;
  typeName: (type: string) => string;
  /** The booking that speaks for each engagement where it is now (see bookingStates). */
  bookings?: ReadonlyMap<string, PlaceBooking>;
  bookingName?: (state: BookingState) => string;
}

/**
 * What the board marks of a booking: confirmed, awaiting an answer, or a setback the officer must act on
 * (the venue declined, did not answer in time, or the booking was cancelled).
 */
export type BookingState = 'CONFIRMED' | 'REQUESTED' | 'DECLINED' | 'LAPSED' | 'CANCELLED';

/** The booking for an engagement's current place: its state, and the reason its answer gave. */
export interface PlaceBooking {
  status: BookingState;
  reason?: string | null;
}

const SETBACKS: ReadonlySet<BookingState> = new Set(['DECLINED', 'LAPSED', 'CANCELLED']);

/** Declined, lapsed or cancelled: the plan needs a re-plan or the officer's attention there. */
export const isSetback = (state: BookingState | undefined) => !!state && SETBACKS.has(state);

const minutes = (localDateTime: string) => localDateTime.slice(0, 16);

/**
 * The booking that speaks for each engagement where it is now, by the rule the backend prints itineraries
 * and counts a plan's setbacks with (decision 0110): the engagement's latest booking that was not withdrawn,
 * when that one is for its current space and start; otherwise a confirmed booking there (a request to move it
 * was declined and it went back); otherwise none: it was moved since it was last published, or never was.
 */
export function bookingStates(
  bookings: readonly BookingMark[],
  engagements: readonly Engagement[],
): Map<string, PlaceBooking> {
  const byEngagement = new Map<string, BookingMark[]>();
  for (const booking of bookings) {
    const id = booking.engagement.id;
    if (id && booking.status !== 'WITHDRAWN') byEngagement.set(id, [...(byEngagement.get(id) ?? []), booking]);
  }
  const states = new Map<string, PlaceBooking>();
  for (const engagement of engagements) {
    const here = engagement.assignment;
    const own = byEngagement.get(engagement.id);
    if (!here?.spaceId || !here.start || !own) continue;
    const at = (b: BookingMark) => b.spaceId === here.spaceId && minutes(b.localStart) === minutes(here.start!);
    const latest = own.reduce((a, b) => (b.id > a.id ? b : a));
    const booking = at(latest)
      ? latest
      : own
          .filter((b) => b.status === 'CONFIRMED' && at(b))
          .reduce<BookingMark | undefined>((a, b) => (a && a.id > b.id ? a : b), undefined);
    if (booking) states.set(engagement.id, { status: booking.status as BookingState, reason: booking.reason });
  }
  return states;
}

function itemClass(engagement: Engagement, options: ItemOptions): string {
  const classes = ['engagement', `engagement-${engagement.type}`];
  if (engagement.pinned) classes.push('engagement-pinned');
  if (engagement.published) classes.push('engagement-published');
  const booking = options.bookings?.get(engagement.id);
  if (booking) classes.push(`engagement-${booking.status.toLowerCase()}`);
  if (options.highlighted.has(engagement.id)) classes.push('engagement-highlighted');
  return classes.join(' ');
}

/**
 * The scheduled engagements as timeline items: in the venue view one per engagement on its
 * space's row, in the delegation view one per attending delegation. Only the venue view moves
 * engagements (a drag there means a new space or start); pinned ones stay where they are.
 */
export function boardItems(view: BoardView, engagements: Engagement[], options: ItemOptions): BoardItem[] {
  const items: BoardItem[] = [];
  for (const engagement of engagements) {
    const assignment = engagement.assignment;
    if (!assignment?.spaceId || !assignment.start) {
      continue;
    }
    const start = toInstant(assignment.start, options.offsetMinutes);
    const end = new Date(start.getTime() + roundedDuration(engagement.durationMinutes, options.grainMinutes) * 60_000);
    const booking = options.bookings?.get(engagement.id);
    const base = {
      eventId: engagement.id,
      start,
      end,
      content: engagement.title,
      title: [engagement.title, options.typeName(engagement.type), booking && options.bookingName?.(booking.status)]
        .filter(Boolean)
        .join(' · '),
      className: itemClass(engagement, options),
    };
    if (view === 'venues') {
      items.push({
        ...base,
        id: engagement.id,
        group: spaceGroupId(assignment.spaceId),
        editable: options.editable && !engagement.pinned,
      });
    } else {
      for (const delegationId of engagement.delegations) {
        items.push({
          ...base,
          id: `${engagement.id}@${delegationId}`,
          group: delegationGroupId(delegationId),
          editable: false,
        });
      }
    }
  }
  return items;
}
