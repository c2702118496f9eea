import type { Role } from '@/types/api';

/**
 * The bookings inbox is the venue manager's screen (product.md): requests to their venues, their
 * week and their calendar feeds. Anyone else who opens /inbox is told it is not theirs; the
 * backend refuses their answers anyway.
 */
export function canUseInbox(roles: readonly Role[]): boolean {
  return roles.includes('VENUE_MANAGER');
}
