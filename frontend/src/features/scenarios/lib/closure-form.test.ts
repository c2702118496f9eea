import { describe, expect, it } from 'vitest';
import { closuresFor, WHOLE_VENUE } from './closure-form';

const venue = { spaces: [{ id: 'hall' }, { id: 'garden' }] } as Parameters<typeof closuresFor>[0];

describe('the closures a form asks for', () => {
  it('closes every space of the venue for the whole venue', () => {
    expect(
      closuresFor(venue, {
        spaceId: WHOLE_VENUE,
        start: '2026-09-01T00:00',
        end: '2026-09-02T00:00',
        reason: ' what if ',
      }),
    ).toEqual([
      { spaceId: 'hall', start: '2026-09-01T00:00', end: '2026-09-02T00:00', reason: 'what if' },
      { spaceId: 'garden', start: '2026-09-01T00:00', end: '2026-09-02T00:00', reason: 'what if' },
    ]);
  });

  it('closes one space, and leaves an empty reason out', () => {
    expect(
      closuresFor(venue, { spaceId: 'garden', start: '2026-09-01T08:00', end: '2026-09-01T12:00', reason: '  ' }),
    ).toEqual([{ spaceId: 'garden', start: '2026-09-01T08:00', end: '2026-09-01T12:00' }]);
  });
});
