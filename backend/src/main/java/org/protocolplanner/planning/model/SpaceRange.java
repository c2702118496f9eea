package org.protocolplanner.planning.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;

/**
 * The spaces an engagement may take, all of one plan. {@link #contains} is a bit lookup by the
 * space's index in the plan, because swap moves ask it for every pair they try; equal ranges compare
 * by content so that engagements with the same needs can share one instance.
 */
public final class SpaceRange implements CountableValueRange<Space> {

    public static final SpaceRange NONE = new SpaceRange(new Space[0]);

    private final Space[] spaces;
    private final BitSet indices = new BitSet();

    private SpaceRange(Space[] spaces) {
        this.spaces = spaces;
        for (Space space : spaces) {
            indices.set(space.index());
        }
    }

    public static SpaceRange of(List<Space> spaces) {
        return spaces.isEmpty() ? NONE : new SpaceRange(spaces.toArray(Space[]::new));
    }

    @Override
    public long getSize() {
        return spaces.length;
    }

    @Override
    public Space get(long index) {
        return spaces[Math.toIntExact(index)];
    }

    @Override
    public boolean isEmpty() {
        return spaces.length == 0;
    }

    @Override
    public boolean contains(Space space) {
        return space != null && indices.get(space.index());
    }

    @Override
    public Iterator<Space> createOriginalIterator() {
        return Arrays.asList(spaces).iterator();
    }

    @Override
    public Iterator<Space> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return spaces.length > 0;
            }

            @Override
            public Space next() {
                if (spaces.length == 0) {
                    throw new NoSuchElementException();
                }
                return spaces[random.nextInt(spaces.length)];
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpaceRange range && Arrays.equals(spaces, range.spaces);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(spaces);
    }

    @Override
    public String toString() {
        return Arrays.toString(spaces);
    }
}
