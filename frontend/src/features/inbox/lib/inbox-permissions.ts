import type { Role } from '@/types/api';

/**
 * Whether these roles answer for the venues without managers (docs/reference/roles.md: "A venue without
 * managers is answered by the protocol officers: its requests appear in their inbox"):
 * administrators and protocol officers. The backend refuses them a venue that has managers.
 */
export function answersForUnmanagedVenues(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN') || roles.includes('PROTOCOL_OFFICER');
}

/** Whether these roles have the venue manager's part of the inbox: their venues' requests, week and feeds. */
export function managesVenues(roles: readonly Role[]): boolean {
  return roles.includes('VENUE_MANAGER');
}

/**
 * The bookings inbox: a venue manager's requests, week and calendar feeds, and the officers'
 * (and administrators') requests of venues without managers. A planner who opens /inbox is told
 * it is not theirs; the backend refuses their answers anyway.
 */
export function canUseInbox(roles: readonly Role[]): boolean {
  return managesVenues(roles) || answersForUnmanagedVenues(roles);
}
