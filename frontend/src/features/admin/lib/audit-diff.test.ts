import { describe, expect, it } from 'vitest';
import { auditDiff, beijingInstant, shown } from './audit-diff';

describe('the changes of an audit entry', () => {
  it('lists the changed fields of an update, not the version counter', () => {
    const before = { username: 'li', enabled: true, roles: ['PLANNER'], version: 1 };
    const after = { username: 'li', enabled: false, roles: ['PLANNER', 'ADMIN'], version: 2 };
    expect(auditDiff(before, after)).toEqual([
      { path: 'enabled', before: true, after: false },
      { path: 'roles', before: ['PLANNER'], after: ['PLANNER', 'ADMIN'] },
    ]);
  });

  it('walks nested objects to the field that changed', () => {
    expect(auditDiff({ capacity: { THEATRE: 100, BANQUET: 50 } }, { capacity: { THEATRE: 120, BANQUET: 50 } })).toEqual(
      [{ path: 'capacity.THEATRE', before: 100, after: 120 }],
    );
  });

  it('lists every field of a created or deleted record', () => {
    expect(auditDiff(null, { id: 4, spaceId: 'hall', version: 0 })).toEqual([
      { path: 'id', before: undefined, after: 4 },
      { path: 'spaceId', before: undefined, after: 'hall' },
    ]);
    expect(auditDiff({ id: 4 }, null)).toEqual([{ path: 'id', before: 4, after: undefined }]);
  });

  it('finds nothing when nothing changed', () => {
    expect(auditDiff({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('shows values briefly', () => {
    expect(shown('x')).toBe('x');
    expect(shown(['A', 'B'])).toBe('["A","B"]');
    expect(shown(null)).toBe('');
  });

  it('reads filter times as Beijing time', () => {
    expect(beijingInstant('2026-09-01T08:00')).toBe('2026-09-01T00:00:00.000Z');
  });
});
