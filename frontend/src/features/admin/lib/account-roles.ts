import type { Role } from '@/types/api';

/**
 * Whether an account with these roles has venues to manage: only a venue manager's (the API refuses venues for
 * any other account). A rule of the account being edited, not of the signed-in user: the form asks for venues
 * as its roles are ticked, before the server has seen them.
 */
export function needsManagedVenues(roles: readonly Role[]): boolean {
  return roles.includes('VENUE_MANAGER');
}
