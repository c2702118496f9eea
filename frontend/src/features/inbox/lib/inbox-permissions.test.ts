import { describe, expect, it } from 'vitest';
import { answersForUnmanagedVenues, canUseInbox, managesVenues } from './inbox-permissions';

describe('who uses the bookings inbox', () => {
  it('serves venue managers, protocol officers and administrators', () => {
    expect(canUseInbox(['VENUE_MANAGER'])).toBe(true);
    expect(canUseInbox(['PROTOCOL_OFFICER'])).toBe(true);
    expect(canUseInbox(['ADMIN'])).toBe(true);
  });

  it('is not a planner’s, unless they have another of those roles', () => {
    expect(canUseInbox(['PLANNER'])).toBe(false);
    expect(canUseInbox([])).toBe(false);
    expect(canUseInbox(['PLANNER', 'VENUE_MANAGER'])).toBe(true);
    expect(canUseInbox(['PLANNER', 'PROTOCOL_OFFICER'])).toBe(true);
  });

  it('gives officers and administrators the venues without managers, and managers their own venues', () => {
    expect(answersForUnmanagedVenues(['PROTOCOL_OFFICER'])).toBe(true);
    expect(answersForUnmanagedVenues(['ADMIN'])).toBe(true);
    expect(answersForUnmanagedVenues(['VENUE_MANAGER'])).toBe(false);
    expect(answersForUnmanagedVenues(['PLANNER'])).toBe(false);
    expect(managesVenues(['VENUE_MANAGER'])).toBe(true);
    expect(managesVenues(['PROTOCOL_OFFICER'])).toBe(false);
    expect(managesVenues(['ADMIN', 'VENUE_MANAGER'])).toBe(true);
  });
});
