package org.protocolplanner.exchange;

import java.util.List;

/**
 * A solution in the exchange format: where and when each event takes place, and the score.
 * {@code solving} is null unless a solver produced the document; {@code kpis} is null when nobody
 * computed them (a document read back from a file: readers recompute, never trust).
 */
public record SolutionDocument(
        String plan,
        ScoreDoc score,
        boolean feasible,
        List<AssignmentDoc> assignments,
        List<String> unassigned,
        List<ConstraintRow> constraints,
        SolvingInfo solving,
        KpiDoc kpis) {

    public static final String FORMAT = "protocol-planner/solution";
    public static final int VERSION = 1;

    /** A document without figures of protocol quality, as before they were added to the format. */
    public SolutionDocument(
            String plan,
            ScoreDoc score,
            boolean feasible,
            List<AssignmentDoc> assignments,
            List<String> unassigned,
            List<ConstraintRow> constraints,
            SolvingInfo solving) {
        this(plan, score, feasible, assignments, unassigned, constraints, solving, null);
    }

    public record ScoreDoc(long hard, long medium, long soft) {}

    /** {@code end} is the event's end (start plus rounded duration), not the end of the busy interval. */
    public record AssignmentDoc(
            String eventId,
            String spaceId,
            String venueId,
            java.time.LocalDateTime start,
            java.time.LocalDateTime end) {}

    /** One constraint of the catalogue: its id, level (HARD, MEDIUM, SOFT), number of matches and score. */
    public record ConstraintRow(String id, String level, int matches, long score) {}

    /** {@code secondsToFeasible} is null when the best solution never reached hard 0. */
    public record SolvingInfo(
            double seconds, Double secondsToFeasible, long scoreCalculationCount, String terminatedBy) {}

    /**
     * The figures of protocol quality of docs/reference/constraints.md. An addition to version 1 of the format: readers
     * ignore unknown fields, so older readers still read the document.
     */
    public record KpiDoc(
            int unscheduledCount,
            int unscheduledPriority,
            long travelMinutes,
            double prestigeGap,
            double equalTreatmentSpread,
            double emptySeatShare,
            int offCustomaryHours) {}
}
