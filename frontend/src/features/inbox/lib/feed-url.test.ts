import { describe, expect, it } from 'vitest';
import { venueFeedUrl } from './feed-url';

describe('a venue feed address', () => {
  it('fills the venue into the template and makes it absolute', () => {
    expect(venueFeedUrl('/feeds/abc123/venues/{venueId}.ics', 'cncc', 'https://planner.example:8443')).toBe(
      'https://planner.example:8443/feeds/abc123/venues/cncc.ics',
    );
  });

  it('escapes a venue id that is not a plain path segment', () => {
    expect(venueFeedUrl('/feeds/t/venues/{venueId}.ics', 'yanqi lake/1', 'http://localhost:8080')).toBe(
      'http://localhost:8080/feeds/t/venues/yanqi%20lake%2F1.ics',
    );
  });
});
