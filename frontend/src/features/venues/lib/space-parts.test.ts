import { describe, expect, it } from 'vitest';
import type { SpaceDetail } from '@/types/api';
import { partsOf, possibleParts, wholesOf } from './space-parts';

function space(id: string, parts: string[] = []): SpaceDetail {
  return {
    id,
    nameEn: id,
    capacity: {},
    features: [],
    turnoverMinutes: 0,
    open: [],
    exceptions: [],
    blackouts: [],
    parts,
    version: 0,
  };
}

const a = space('a');
const b = space('b');
const ab = space('ab', ['a', 'b']);
const c = space('c');
const venue = [ab, a, b, c];

describe('the parts of a divisible hall', () => {
  it('may be any other space of the venue that has no parts itself', () => {
    expect(possibleParts(ab, venue).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(possibleParts(c, venue).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('are none for a space that is itself a part', () => {
    expect(possibleParts(a, venue)).toEqual([]);
    expect(wholesOf(a, venue).map((s) => s.id)).toEqual(['ab']);
    expect(wholesOf(c, venue)).toEqual([]);
  });

  it('are listed in the hall’s own order', () => {
    expect(partsOf(space('ba', ['b', 'a', 'gone']), venue).map((s) => s.id)).toEqual(['b', 'a']);
  });
});
