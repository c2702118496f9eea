import type { SpaceDetail } from '@/types/api';

/**
 * The spaces of a venue that `space` may be made of: the others that have no parts of their own (a part is
 * never divisible itself). Empty when `space` is itself a part of another: a part has no parts.
 */
export function possibleParts(space: SpaceDetail, spaces: readonly SpaceDetail[]): SpaceDetail[] {
  if (wholesOf(space, spaces).length > 0) {
    return [];
  }
  return spaces.filter((other) => other.id !== space.id && other.parts.length === 0);
}

/** The divisible spaces of the venue that `space` is a part of. */
export function wholesOf(space: SpaceDetail, spaces: readonly SpaceDetail[]): SpaceDetail[] {
  return spaces.filter((other) => other.parts.includes(space.id));
}

/** The parts of a divisible space, in its own order; ids the venue no longer has are left out. */
export function partsOf(space: SpaceDetail, spaces: readonly SpaceDetail[]): SpaceDetail[] {
  return space.parts.flatMap((id) => spaces.filter((other) => other.id === id));
}
