import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@/types/plan-document';
import type { BookingMark, Engagement } from '@/types/api';
import {
  boardItems,
  bookingStates,
  delegationGroups,
  pageOfRow,
  spaceGroupId,
  spaceOfGroup,
  spacesInUse,
  venueGroupId,
  venueGroups,
  venuePages,
  venuesMatching,
  type BoardGroup,
} from './board-rows';

const document: PlanDocument = {
  name: 'Summit',
  timeZone: 'Asia/Shanghai',
  horizon: { start: '2026-09-01T00:00', end: '2026-09-08T00:00', grainMinutes: 15 },
  venues: [
    {
      id: 'cncc',
      name: 'CNCC',
      lat: 40,
      lon: 116.4,
      securityGrade: 'A',
      prestige: 8,
      spaces: [{ id: 'hall', name: 'Hall', capacity: {}, features: [], turnoverMinutes: 30 }],
    },
    {
      id: 'dyt',
      name: 'Diaoyutai',
      lat: 39.9,
      lon: 116.3,
      securityGrade: 'A',
      prestige: 9,
      spaces: [{ id: 'room', name: 'Room', capacity: {}, features: [], turnoverMinutes: 15 }],
    },
  ],
  delegations: [
    {
      id: 'ke',
      country: 'KE',
      name: 'Kenya',
      headRank: 'HEAD_OF_STATE',
      size: 40,
      arrival: '2026-09-01T10:00',
      departure: '2026-09-05T18:00',
    },
    {
      id: 'br',
      country: 'BR',
      name: 'Brazil',
      headRank: 'MINISTER',
      size: 20,
      arrival: '2026-09-01T10:00',
      departure: '2026-09-05T18:00',
    },
  ],
};

function engagement(id: string, patch: Partial<Engagement>): Engagement {
  return {
    id,
    title: id,
    type: 'BILATERAL_TALKS',
    delegations: ['ke', 'br'],
    headcount: 20,
    layout: 'ROUNDTABLE',
    durationMinutes: 50,
    requiredFeatures: [],
    preferredSpaces: [],
    excludedSpaces: [],
    priority: 5,
    after: [],
    confidential: false,
    version: 3,
    ...patch,
  } as Engagement;
}

const placed = engagement('talks', { assignment: { spaceId: 'hall', start: '2026-09-02T10:00' } });
const pinned = engagement('pinned', {
  assignment: { spaceId: 'hall', start: '2026-09-02T14:00' },
  pinned: { spaceId: 'hall', start: '2026-09-02T14:00' },
});
const unscheduled = engagement('left-out', {});
const options = {
  offsetMinutes: 480,
  grainMinutes: 15,
  highlighted: new Set(['talks']),
  editable: true,
  typeName: (type: string) => type,
};

describe('the rows of the board', () => {
  it('groups spaces by venue and opens, first, only the venues the plan uses', () => {
    const inRoom = engagement('talks', { assignment: { spaceId: 'room', start: '2026-09-02T10:00' } });
    const groups = venueGroups(document, spacesInUse([inRoom, unscheduled]), { venue: (_id, fallback) => fallback });
    expect(groups.map((g) => [g.id, g.venue?.open, g.order])).toEqual([
      ['venue:dyt', true, 0],
      ['space:room', undefined, 1],
      ['venue:cncc', false, 2],
    ]);
    expect(venueGroups(document, spacesInUse([placed]), { venue: (_id, fallback) => fallback })[0]?.id).toBe(
      'venue:cncc',
    );
    // Opened and closed by hand: an unused venue shows its spaces, a used one hides them.
    const toggled = new Map([
      ['cncc', true],
      ['dyt', false],
    ]);
    expect(
      venueGroups(document, spacesInUse([inRoom]), { venue: (_id, fallback) => fallback }, toggled).map((g) => g.id),
    ).toEqual(['venue:dyt', 'venue:cncc', 'space:hall']);
    expect(spaceOfGroup('space:hall')).toBe('hall');
    expect(spaceOfGroup('venue:cncc')).toBeUndefined();
    expect(delegationGroups(document).map((g) => g.content)).toEqual(['Kenya', 'Brazil']);
  });

  it('places engagements on their space in plan time, rounded up to the grain, pinned ones fixed', () => {
    const items = boardItems('venues', [placed, pinned, unscheduled], options);
    expect(items).toHaveLength(2);
    const [talks, fixed] = items;
    expect(talks?.start.toISOString()).toBe('2026-09-02T02:00:00.000Z');
    expect(talks?.end.toISOString()).toBe('2026-09-02T03:00:00.000Z');
    expect(talks?.className).toContain('engagement-highlighted');
    expect(talks?.editable).toBe(true);
    expect(fixed?.className).toContain('engagement-pinned');
    expect(fixed?.editable).toBe(false);
  });

  it('shows an engagement once per attending delegation in the delegation view, not draggable', () => {
    const items = boardItems('delegations', [placed], options);
    expect(items.map((item) => [item.id, item.group, item.editable])).toEqual([
      ['talks@ke', 'delegation:ke', false],
      ['talks@br', 'delegation:br', false],
    ]);
  });

  it('marks confirmed engagements and those awaiting an answer, only where the booking is for their place now', () => {
    const booking = (id: number, status: string, engagementId: string, spaceId: string, localStart: string) =>
      ({ id, status, spaceId, localStart, engagement: { id: engagementId } }) as BookingMark;
    const moved = engagement('moved', { assignment: { spaceId: 'room', start: '2026-09-02T16:00' } });
    const states = bookingStates(
      [
        booking(1, 'CONFIRMED', 'pinned', 'hall', '2026-09-02T14:00:00'),
        booking(2, 'DECLINED', 'talks', 'hall', '2026-09-01T09:00:00'),
        booking(3, 'REQUESTED', 'talks', 'hall', '2026-09-02T10:00:00'),
        booking(4, 'REQUESTED', 'moved', 'hall', '2026-09-02T16:00:00'),
      ],
      [placed, pinned, moved, unscheduled],
    );
    expect([...states.entries()]).toEqual([
      ['talks', { status: 'REQUESTED' }],
      ['pinned', { status: 'CONFIRMED' }],
    ]);

    const items = boardItems('venues', [placed, pinned], {
      ...options,
      bookings: states,
      bookingName: (state) => `[${state}]`,
    });
    expect(
      items.map((item) => [
        item.className.includes('engagement-requested'),
        item.className.includes('engagement-confirmed'),
      ]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(items[1]?.title).toBe('pinned · BILATERAL_TALKS · [CONFIRMED]');
  });

  it('marks a declined, lapsed or cancelled place with its reason while the engagement is still there', () => {
    const booking = (id: number, status: string, engagementId: string, spaceId: string, reason?: string) =>
      ({
        id,
        status,
        spaceId,
        localStart: '2026-09-02T10:00:00',
        engagement: { id: engagementId },
        reason,
      }) as BookingMark;
    const states = bookingStates(
      [
        booking(1, 'DECLINED', 'talks', 'hall', 'Hall under repair'),
        booking(2, 'CONFIRMED', 'pinned', 'hall'),
        booking(5, 'CANCELLED', 'pinned', 'hall', 'Kitchen closed'),
        booking(6, 'WITHDRAWN', 'pinned', 'room'),
      ],
      [placed, engagement('pinned', { assignment: { spaceId: 'hall', start: '2026-09-02T10:00' } })],
    );
    expect(states.get('talks')).toEqual({ status: 'DECLINED', reason: 'Hall under repair' });
    expect(states.get('pinned')).toEqual({ status: 'CANCELLED', reason: 'Kitchen closed' });

    const moveDeclined = bookingStates(
      [booking(1, 'CONFIRMED', 'talks', 'hall'), booking(3, 'DECLINED', 'talks', 'room', 'Fully booked')],
      [placed],
    );
    expect(moveDeclined.get('talks')?.status, 'back at its confirmed place').toBe('CONFIRMED');
    const replanned = bookingStates([booking(1, 'DECLINED', 'talks', 'room', 'Fully booked')], [placed]);
    expect(replanned.has('talks'), 'moved away from the declined place, not yet requested').toBe(false);

    const [item] = boardItems('venues', [placed], { ...options, bookings: states, bookingName: (s) => `[${s}]` });
    expect(item?.className).toContain('engagement-declined');
    expect(item?.title).toBe('talks · BILATERAL_TALKS · [DECLINED]');
  });
});

describe('the pages of the venue view', () => {
  const venue = (id: string, spaces: number): BoardGroup[] => [
    { id: venueGroupId(id), content: `Venue ${id}`, venue: { id, open: spaces > 0 }, order: 0 },
    ...Array.from({ length: spaces }, (_, i) => ({
      id: spaceGroupId(`${id}-${i}`),
      content: `Room ${id}${i}`,
      order: 0,
    })),
  ];
  const rows = [...venue('a', 3), ...venue('b', 2), ...venue('c', 7), ...venue('d', 0)];

  it('fills each page with whole venues up to the row budget, a bigger venue on a page of its own', () => {
    const pages = venuePages(rows, 7);
    expect(pages.map((page) => page.map((group) => group.id).filter((id) => id.startsWith('venue:')))).toEqual([
      ['venue:a', 'venue:b'],
      ['venue:c'],
      ['venue:d'],
    ]);
    expect(pages.flat()).toEqual(rows);
    expect(pageOfRow(pages, spaceGroupId('c-6'))).toBe(1);
    expect(pageOfRow(pages, spaceGroupId('nowhere'))).toBe(-1);
  });

  it('finds venues by their name in either language, or by a shown space, with all their rows', () => {
    const english = (id: string) => (id === 'd' ? ['Diaoyutai State Guesthouse'] : []);
    expect(venuesMatching(rows, ' diaoyutai ', english).map((g) => g.id)).toEqual(['venue:d']);
    expect(venuesMatching(rows, 'room c6', english).map((g) => g.id)).toContain('space:c-6');
    expect(venuesMatching(rows, 'room z9', english)).toEqual([]);
    expect(venuesMatching(rows, 'Room b1', english).map((g) => g.id)).toEqual(['venue:b', 'space:b-0', 'space:b-1']);
    expect(venuesMatching(rows, '', english)).toEqual(rows);
  });
});
