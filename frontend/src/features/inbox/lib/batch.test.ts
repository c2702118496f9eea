import { describe, expect, it } from 'vitest';
import type { BatchOutcome, Booking } from '../types';
import { answerable, chosenBookings, countByResult, outcomesInOrder, pageSelection, toggled, withPage } from './batch';

function request(id: number, allowedActions: Booking['allowedActions'] = ['confirm', 'decline']): Booking {
  return { id, version: id * 10, allowedActions } as Booking;
}

const page = [request(1), request(2), request(3, [])];

describe('selecting requests to answer at once', () => {
  it('offers only the requests that can be confirmed or declined', () => {
    expect(page.map(answerable)).toEqual([true, true, false]);
  });

  it('selects and clears all of a page, and says whether none, some or all of it is selected', () => {
    const all = withPage(new Set([9]), page, true);
    expect([...all].sort()).toEqual([1, 2, 9]);
    expect(pageSelection(all, page)).toBe('all');
    expect(pageSelection(toggled(all, 2, false), page)).toBe('some');
    expect(pageSelection(withPage(all, page, false), page)).toBe('none');
    expect([...withPage(all, page, false)]).toEqual([9]);
  });

  it('sends the selected requests still listed, in the list’s order, at the version the list showed', () => {
    const chosen = chosenBookings(new Set([2, 1, 7]), page);
    expect(chosen.map(({ id, version }) => ({ id, version }))).toEqual([
      { id: 1, version: 10 },
      { id: 2, version: 20 },
    ]);
  });
});

describe('the outcomes of a batch', () => {
  const outcomes = [
    { id: 1, result: 'ANSWERED', status: 200 },
    { id: 2, result: 'CONFLICT', status: 409, conflictingBookingId: 1 },
    { id: 3, result: 'ANSWERED', status: 200 },
    { id: 4, result: 'STALE', status: 409, currentVersion: 5 },
  ] as BatchOutcome[];

  it('puts the refusals first, each in the order sent, so that none is missed', () => {
    expect(outcomesInOrder(outcomes).map((outcome) => outcome.id)).toEqual([2, 4, 1, 3]);
  });

  it('counts them by result', () => {
    expect(countByResult(outcomes)).toEqual({ ANSWERED: 2, CONFLICT: 1, STALE: 1 });
  });
});
