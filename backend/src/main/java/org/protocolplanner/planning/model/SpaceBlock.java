package org.protocolplanner.planning.model;

/**
 * A period {@code [start, end)} (plan minutes) in which a space cannot be used: one of the space's
 * own blackouts, or one of the plan's closures of it. Both count alike, each on its own.
 *
 * @param reason may be null
 */
public record SpaceBlock(Kind kind, int start, int end, String reason) {

    public enum Kind {
        BLACKOUT,
        CLOSURE
    }

    public int overlap(int from, int to) {
        return Intervals.overlap(from, to, start, end);
    }
}
