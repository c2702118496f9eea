package org.protocolplanner.planning.model;

import java.util.Comparator;

/**
 * Which engagement the construction heuristic places first (the more difficult sorts higher): the
 * higher priority, so that if something must be left out it is the less important; then the fewer
 * candidate places, so that the tightly constrained still find room; then the longer and larger.
 */
public final class EngagementDifficulty implements Comparator<EngagementAssignment> {

    private static final Comparator<EngagementAssignment> ORDER = Comparator.comparingInt(
                    (EngagementAssignment a) -> a.getEngagement().priority())
            .thenComparing(Comparator.comparingLong(EngagementDifficulty::candidatePlaces)
                    .reversed())
            .thenComparingInt(a -> a.getEngagement().durationMinutes())
            .thenComparingInt(a -> a.getEngagement().needs().headcount())
            .thenComparing(EngagementAssignment::getId, Comparator.reverseOrder());

    @Override
    public int compare(EngagementAssignment a, EngagementAssignment b) {
        return ORDER.compare(a, b);
    }

    private static long candidatePlaces(EngagementAssignment assignment) {
        return assignment.getCandidateSpaces().getSize()
                * assignment.getCandidateStarts().getSize();
    }
}
