import type { Role } from '@/types/api';

/**
 * Accounts, roles, venue-manager assignments and the audit log are for administrators only
 * (docs/reference/roles.md, "Who may see and do what"); everyone else gets 403 from the API.
 */
export function canAdminister(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}

/** Only venue managers have venues to manage; the API refuses venues for any other account. */
export function needsManagedVenues(roles: readonly Role[]): boolean {
  return roles.includes('VENUE_MANAGER');
}
