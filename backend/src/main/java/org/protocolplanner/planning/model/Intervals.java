package org.protocolplanner.planning.model;

/** Arithmetic on half-open minute intervals {@code [start, end)}. */
public final class Intervals {

    private Intervals() {}

    /** Minutes that {@code [start1, end1)} and {@code [start2, end2)} have in common; 0 if they are apart. */
    public static int overlap(int start1, int end1, int start2, int end2) {
        return Math.max(0, Math.min(end1, end2) - Math.max(start1, start2));
    }
}
