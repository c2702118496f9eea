import type { DocumentVenue } from '@/types/plan-document';
import type { ClosureRequest } from '@/types/api';

/** The space choice that closes every space of the venue. */
export const WHOLE_VENUE = '*';

/** The closures a form asks for: one space, or each space of the venue (the API closes spaces). */
export function closuresFor(
  venue: Pick<DocumentVenue, 'spaces'>,
  form: { spaceId?: string; start: string; end: string; reason?: string },
): ClosureRequest[] {
  const spaceIds =
    !form.spaceId || form.spaceId === WHOLE_VENUE ? venue.spaces.map((space) => space.id) : [form.spaceId];
  const reason = form.reason?.trim() || undefined;
  return spaceIds.map((spaceId) => ({ spaceId, start: form.start, end: form.end, ...(reason ? { reason } : {}) }));
}
