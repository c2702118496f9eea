package org.protocolplanner.planning.model;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;

/**
 * The starts an engagement may take, as a sorted array of plan minutes: a week at 15-minute grain
 * is at most 672 ints per engagement, and {@link #contains} is a binary search.
 */
public final class StartRange implements CountableValueRange<Integer> {

    public static final StartRange NONE = new StartRange(new int[0]);

    private final int[] starts;

    private StartRange(int[] starts) {
        this.starts = starts;
    }

    /** @param sortedStarts ascending and without repeats; not copied */
    public static StartRange of(int[] sortedStarts) {
        return sortedStarts.length == 0 ? NONE : new StartRange(sortedStarts);
    }

    @Override
    public long getSize() {
        return starts.length;
    }

    @Override
    public Integer get(long index) {
        return starts[Math.toIntExact(index)];
    }

    @Override
    public boolean isEmpty() {
        return starts.length == 0;
    }

    @Override
    public boolean contains(Integer start) {
        return start != null && Arrays.binarySearch(starts, start) >= 0;
    }

    @Override
    public Iterator<Integer> createOriginalIterator() {
        return Arrays.stream(starts).iterator();
    }

    @Override
    public Iterator<Integer> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return starts.length > 0;
            }

            @Override
            public Integer next() {
                if (starts.length == 0) {
                    throw new NoSuchElementException();
                }
                return starts[random.nextInt(starts.length)];
            }
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartRange range && Arrays.equals(starts, range.starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return starts.length == 0
                ? "[]"
                : "[" + starts[0] + ".." + starts[starts.length - 1] + " (" + starts.length + ")]";
    }
}
