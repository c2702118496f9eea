import { describe, expect, it } from 'vitest';
import { venueSearchParams } from '@/api/search-venues';
import { canEditVenueSpaces } from './venue-permissions';

describe('venue editing and search', () => {
  it('lets a manager edit only their own venues, officers every venue', () => {
    const manager = { roles: ['VENUE_MANAGER' as const], managedVenueIds: ['cncc'] };
    expect(canEditVenueSpaces(manager, 'cncc')).toBe(true);
    expect(canEditVenueSpaces(manager, 'diaoyutai')).toBe(false);
    expect(canEditVenueSpaces({ roles: ['PROTOCOL_OFFICER'], managedVenueIds: [] }, 'diaoyutai')).toBe(true);
    expect(canEditVenueSpaces({ roles: ['PLANNER'], managedVenueIds: [] }, 'cncc')).toBe(false);
  });

  it('sends only the filters that are set, and a capacity only with its layout', () => {
    expect(venueSearchParams({ q: '国家', district: '', capacity: 300, incomplete: false }).toString()).toBe(
      'q=%E5%9B%BD%E5%AE%B6&size=1000&sort=nameEn',
    );
    expect(venueSearchParams({ layout: 'BANQUET', capacity: 300, incomplete: true }).toString()).toBe(
      'layout=BANQUET&capacity=300&incomplete=true&size=1000&sort=nameEn',
    );
  });
});
