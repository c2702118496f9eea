import { describe, expect, it } from 'vitest';
import type { BoardGroup, BoardItem } from '@/lib/board-rows';
import { firstHighlighted, sideRows } from './side-rows';

const venue = (id: string, used: boolean, order: number): BoardGroup => ({
  id: `venue:${id}`,
  content: id,
  className: used ? 'board-venue board-venue-used' : 'board-venue',
  venue: { id, open: used },
  order,
});
const space = (id: string, order: number): BoardGroup => ({
  id: `space:${id}`,
  content: id,
  className: 'board-space',
  order,
});
const item = (eventId: string, spaceId: string, hour: number): BoardItem => ({
  id: eventId,
  eventId,
  group: `space:${spaceId}`,
  start: new Date(Date.UTC(2026, 8, 1, hour)),
  end: new Date(Date.UTC(2026, 8, 1, hour + 1)),
  content: eventId,
  title: eventId,
  className: 'engagement',
  editable: false,
});

const groups = [
  venue('a', true, 0),
  space('a1', 1),
  venue('b', true, 2),
  space('b1', 3),
  space('b2', 4),
  venue('c', false, 5),
];
const items = [item('e1', 'a1', 9), item('e2', 'b2', 11), item('e3', 'b1', 10)];

describe('the rows of a comparison timeline', () => {
  it('keeps the venues in use, those with highlighted engagements first, spaces under their venue', () => {
    const rows = sideRows(groups, items, new Set(['e2']));
    expect(rows.map((row) => [row.id, row.order])).toEqual([
      ['venue:b', 0],
      ['space:b1', 1],
      ['space:b2', 2],
      ['venue:a', 3],
      ['space:a1', 4],
    ]);
  });

  it('brings the highlighted engagement on the highest row, earliest first, into view', () => {
    const rows = sideRows(groups, items, new Set(['e2', 'e3', 'e1']));
    expect(firstHighlighted(rows, items, new Set(['e2', 'e3']))?.eventId).toBe('e3');
    expect(firstHighlighted(rows, items, new Set())).toBeUndefined();
  });
});
