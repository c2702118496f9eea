import { describe, expect, it } from 'vitest';
import type { DocumentSpace } from '@/types/plan-document';
import { venuesInUse } from './plan-venues';

const space = (id: string): DocumentSpace => ({ id, name: id, capacity: {}, features: [], turnoverMinutes: 0 });
const venue = (id: string, ...spaces: string[]) => ({
  id,
  name: id,
  lat: 39.9,
  lon: 116.4,
  securityGrade: 'A',
  prestige: 5,
  spaces: spaces.map(space),
});
const DOCUMENT = {
  venues: [
    venue('great-hall', 'banquet-hall', 'golden-hall'),
    venue('diaoyutai', 'villa-18'),
    venue('cncc', 'plenary'),
  ],
};
const at = (spaceId: string, start = '2027-04-13T09:00:00') => ({ spaceId, start });

describe('the venues a plan uses', () => {
  it('are the venues whose spaces hold its engagements, each once', () => {
    const used = venuesInUse(DOCUMENT, [
      { assignment: at('banquet-hall'), pinned: null },
      { assignment: at('golden-hall'), pinned: null },
      { assignment: at('villa-18'), pinned: null },
      { assignment: null, pinned: null },
    ]);
    expect([...used].sort()).toEqual(['diaoyutai', 'great-hall']);
  });

  it('count a pinned place of an engagement not placed, and nothing for a space the plan does not know', () => {
    const used = venuesInUse(DOCUMENT, [
      { assignment: null, pinned: at('plenary') },
      { assignment: at('a-space-since-removed'), pinned: null },
    ]);
    expect([...used]).toEqual(['cncc']);
  });

  it('are none while nothing is placed', () => {
    expect(venuesInUse(DOCUMENT, [{ assignment: null, pinned: null }]).size).toBe(0);
  });
});
