import type { CurrentUser } from '@/types/api';

/**
 * Who may edit a venue's spaces (docs/reference/roles.md): administrators and officers any venue, a venue
 * manager only the venues they manage. Another venue's editor is "not found" to a manager, as
 * the backend answers 404, so that it learns nothing about it.
 */
export function canEditVenueSpaces(user: Pick<CurrentUser, 'roles' | 'managedVenueIds'>, venueId: string): boolean {
  if (user.roles.includes('ADMIN') || user.roles.includes('PROTOCOL_OFFICER')) {
    return true;
  }
  return user.roles.includes('VENUE_MANAGER') && user.managedVenueIds.map(String).includes(venueId);
}
