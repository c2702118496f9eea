package org.protocolplanner.solving;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's latest solve as the API shows it.
 *
 * @param queuePosition         1 for the next solve to start, while queued; null otherwise
 * @param bestScore             the best score so far while solving (the starting score until the solver finds
 *                              a better plan); afterwards that of the saved solution
 * @param timeSpentMs           solving time so far, or in all when the solve has ended
 * @param scoreCalculationSpeed score calculations per second
 * @param error                 why the solve failed or was interrupted
 * @param stepLimit             local search steps after which the solve ends; null when it ends on time only
 * @param movedEngagements      engagements of the saved solution not at their published place (space or
 *                              start differs, or unscheduled); null until a solution is saved
 * @param moved                 those engagements, each with its published place and where it is now, in
 *                              the plan's order, as the plan's engagements stand (while solving and right
 *                              after, the saved solution); null until a solution is saved
 * @param startingScore         the score of the plan the running solve started from; null while queued and
 *                              once the solve has ended
 */
public record SolveStatus(
        long planId,
        SolveState state,
        String requestedBy,
        long timeLimitSeconds,
        Instant queuedAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Integer queuePosition,
        @Nullable Score bestScore,
        long timeSpentMs,
        long scoreCalculationSpeed,
        @Nullable String error,
        @Nullable Long stepLimit,
        @Nullable Integer movedEngagements,
        @Nullable List<MovedEngagement> moved,
        @Nullable Score startingScore) {

    /**
     * An engagement not at its published place.
     *
     * @param from its published place
     * @param to   where it is now; null when it is no longer scheduled
     */
    public record MovedEngagement(
            String eventId,
            String title,
            SpaceAndStart from,
            @Nullable SpaceAndStart to) {}

    /** A space and a start, in the plan's local time. */
    public record SpaceAndStart(String spaceId, LocalDateTime start) {}

    /** A score by level; feasible when no hard rule is broken. */
    public record Score(long hard, long medium, long soft, boolean feasible) {

        static Score of(HardMediumSoftLongScore score) {
            return score == null
                    ? null
                    : new Score(score.hardScore(), score.mediumScore(), score.softScore(), score.isFeasible());
        }
    }

    /** The event of a new best solution. */
    public record NewBest(Score score, long timeSpentMs) {}
}
