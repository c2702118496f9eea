import type { Engagement } from '@/types/api';
import type { PlanDocument } from '@/types/plan-document';

/**
 * The venues a plan uses: those whose spaces hold one of its engagements where it is placed now (or
 * pinned, for one not placed). The venues a plan may use are most of the catalogue; these are the ones
 * its schedule sends delegations to.
 */
export function venuesInUse(
  document: Pick<PlanDocument, 'venues'>,
  engagements: readonly Pick<Engagement, 'assignment' | 'pinned'>[],
): Set<string> {
  const venueOfSpace = new Map<string, string>();
  for (const venue of document.venues) {
    for (const space of venue.spaces) venueOfSpace.set(space.id, venue.id);
  }
  const used = new Set<string>();
  for (const engagement of engagements) {
    const spaceId = (engagement.assignment ?? engagement.pinned)?.spaceId;
    const venueId = spaceId === undefined ? undefined : venueOfSpace.get(spaceId);
    if (venueId !== undefined) used.add(venueId);
  }
  return used;
}
