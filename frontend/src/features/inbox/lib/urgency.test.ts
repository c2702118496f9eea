import { describe, expect, it } from 'vitest';
import { sortByUrgency, urgencyOf } from './urgency';

const request = (id: number, answerBy: string | null, startsAt = '2027-04-12T02:00:00Z') => ({
  id,
  answerBy,
  startsAt,
});

describe('the inbox order', () => {
  it('puts the soonest answer-by time first and requests without one last', () => {
    const sorted = sortByUrgency([
      request(1, '2027-04-03T10:00:00Z'),
      request(2, null),
      request(3, '2027-04-01T09:00:00+08:00'),
      request(4, '2027-04-02T00:00:00Z'),
    ]);
    expect(sorted.map((b) => b.id)).toEqual([3, 4, 1, 2]);
  });

  it('orders the same answer-by time by start, then by number', () => {
    const sorted = sortByUrgency([
      request(9, '2027-04-01T00:00:00Z', '2027-04-13T02:00:00Z'),
      request(7, '2027-04-01T00:00:00Z', '2027-04-12T02:00:00Z'),
      request(5, '2027-04-01T00:00:00Z', '2027-04-13T02:00:00Z'),
    ]);
    expect(sorted.map((b) => b.id)).toEqual([7, 5, 9]);
  });

  it('leaves the given list alone', () => {
    const list = [request(2, '2027-04-02T00:00:00Z'), request(1, '2027-04-01T00:00:00Z')];
    sortByUrgency(list);
    expect(list.map((b) => b.id)).toEqual([2, 1]);
  });

  it('says how pressing an answer is', () => {
    const now = new Date('2027-04-01T00:00:00Z');
    expect(urgencyOf({ answerBy: '2027-03-31T23:59:00Z' }, now)).toBe('overdue');
    expect(urgencyOf({ answerBy: '2027-04-01T12:00:00Z' }, now)).toBe('soon');
    expect(urgencyOf({ answerBy: '2027-04-03T00:00:00Z' }, now)).toBe('later');
    expect(urgencyOf({ answerBy: null }, now)).toBe('none');
  });
});
