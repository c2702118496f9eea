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
public final class SpaceRange implements CountableValueRange<SpaceBrief> {

    public static final SpaceRange NONE = new SpaceRange(new SpaceBrief[0]);

    private final SpaceBrief[] spaces;
    private final BitSet indices = new BitSet();

    private SpaceRange(SpaceBrief[] spaces) {
        this.spaces = spaces;
        for (SpaceBrief space : spaces) {
            indices.set(space.index());
        }
    }

    public static SpaceRange of(List<SpaceBrief> spaces) {
        return spaces.isEmpty() ? NONE : new SpaceRange(spaces.toArray(SpaceBrief[]::new));
    }

    @Override
    public long getSize() {
        return spaces.length;
    }

    @Override
    public SpaceBrief get(long index) {
        return spaces[Math.toIntExact(index)];
    }

    @Override
    public boolean isEmpty() {
        return spaces.length == 0;
    }

    @Override
    public boolean contains(SpaceBrief space) {
        return space != null && indices.get(space.index());
    }

    @Override
    public Iterator<SpaceBrief> createOriginalIterator() {
        return Arrays.asList(spaces).iterator();
    }

    @Override
    public Iterator<SpaceBrief> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return spaces.length > 0;
            }

            @Override
            public SpaceBrief next() {
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
