import { describe, expect, it } from 'vitest';
import { canAdminister, needsManagedVenues } from './admin-permissions';

describe('who administers', () => {
  it('lets administrators in, and no other role', () => {
    expect(canAdminister(['ADMIN'])).toBe(true);
    expect(canAdminister(['PLANNER', 'ADMIN'])).toBe(true);
    expect(canAdminister(['PROTOCOL_OFFICER'])).toBe(false);
    expect(canAdminister(['PLANNER'])).toBe(false);
    expect(canAdminister(['VENUE_MANAGER'])).toBe(false);
    expect(canAdminister([])).toBe(false);
  });

  it('asks for managed venues only of venue managers', () => {
    expect(needsManagedVenues(['VENUE_MANAGER'])).toBe(true);
    expect(needsManagedVenues(['PLANNER', 'VENUE_MANAGER'])).toBe(true);
    expect(needsManagedVenues(['PROTOCOL_OFFICER'])).toBe(false);
  });
});
