import { describe, expect, it } from 'vitest';
import { needsManagedVenues } from './account-roles';

describe('an account’s managed venues', () => {
  it('are asked for only of venue managers', () => {
    expect(needsManagedVenues(['VENUE_MANAGER'])).toBe(true);
    expect(needsManagedVenues(['PLANNER', 'VENUE_MANAGER'])).toBe(true);
    expect(needsManagedVenues(['PROTOCOL_OFFICER'])).toBe(false);
  });
});
