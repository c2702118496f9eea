/**
 * A venue's calendar feed address from the template POST /api/me/feed-token answers
 * (`/feeds/{token}/venues/{venueId}.ics`, docs/api.md), absolute so that a calendar app can subscribe.
 */
export function venueFeedUrl(template: string, venueId: string, origin: string): string {
  const path = template.replace('{venueId}', encodeURIComponent(venueId));
  return new URL(path, origin).toString();
}
