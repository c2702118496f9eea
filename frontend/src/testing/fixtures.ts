import type { CurrentUser } from '@/types/api';

/** The people of the protocol office, as GET /api/me describes them. */

export const protocolOfficer = (): CurrentUser => ({
  username: 'officer',
  displayName: 'Protocol Officer',
  roles: ['PROTOCOL_OFFICER'],
  managedVenueIds: [],
  language: 'en',
});

export const venueManager = (): CurrentUser => ({
  username: 'cncc.manager',
  displayName: 'Wang Li',
  roles: ['VENUE_MANAGER'],
  managedVenueIds: ['cncc', 'yanqi-lake'],
  language: 'en',
});

export const planner = (): CurrentUser => ({
  username: 'analyst',
  displayName: 'Chen Jing',
  roles: ['PLANNER'],
  managedVenueIds: [],
  language: 'en',
});

export const administrator = (): CurrentUser => ({
  username: 'admin',
  displayName: 'System Administrator',
  roles: ['ADMIN'],
  managedVenueIds: [],
  language: 'en',
});
