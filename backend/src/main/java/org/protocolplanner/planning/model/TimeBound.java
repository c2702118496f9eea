package org.protocolplanner.planning.model;

/**
 * One bound of an event's window (plan minutes): a start may not lie before a lower bound, an end
 * may not lie after an upper one. Event-window counts each bound on its own.
 *
 * @param delegationId the delegation whose arrival or departure this is; null for the other kinds
 */
public record TimeBound(Kind kind, String delegationId, int minute) {

    public enum Kind {
        EARLIEST_START(true),
        ARRIVAL(true),
        HORIZON_START(true),
        LATEST_END(false),
        DEPARTURE(false),
        HORIZON_END(false);

        private final boolean lower;

        Kind(boolean lower) {
            this.lower = lower;
        }

        /** True for the bounds a start must respect, false for those an end must respect. */
        public boolean isLower() {
            return lower;
        }
    }

    /** Minutes by which an event occupying {@code [start, end)} breaks this bound. */
    public int minutesBroken(int start, int end) {
        return kind.isLower() ? Math.max(0, minute - start) : Math.max(0, end - minute);
    }
}
