import { describe, expect, it } from 'vitest';
import { deadlineUrgency, partsOf } from './deadlines';

describe('the start page', () => {
  const now = new Date('2027-04-10T00:00:00Z');

  it('marks a deadline past, within a day, later, or none', () => {
    expect(deadlineUrgency('2027-04-09T23:59:00Z', now)).toBe('overdue');
    expect(deadlineUrgency('2027-04-11T00:00:00Z', now)).toBe('soon');
    expect(deadlineUrgency('2027-04-11T00:01:00Z', now)).toBe('later');
    expect(deadlineUrgency(null, now)).toBe('none');
  });

  it('shows the parts of the roles the user has, officers’ first', () => {
    expect(partsOf({ admin: {}, officer: {}, manager: null })).toEqual(['officer', 'admin']);
    expect(partsOf({ manager: { requests: 0 } })).toEqual(['manager']);
  });
});
