package org.protocolplanner.planning.analysis;

import java.util.List;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Why a schedule scores what it scores (docs/reference/constraints.md, "How planners see it"): per constraint its
 * matches and score, per engagement the constraints it takes part in, and for every unscheduled
 * engagement the rules that rule out its candidate places.
 */
public record ScoreAnalysis(
        ScoreDoc score,
        boolean feasible,
        List<ConstraintAnalysis> constraints,
        List<EngagementAnalysis> engagements,
        List<UnscheduledEngagement> unscheduled) {

    /**
     * One constraint of the catalogue, also one without matches.
     *
     * @param weight       what one unit of its penalty weighs (always 1 for hard and medium rules)
     * @param matches      how many matches it has
     * @param score        the sum of its matches' scores at its level
     * @param explanations its matches, the heaviest first
     */
    public record ConstraintAnalysis(
            String id,
            ConstraintId.Level level,
            long weight,
            int matches,
            long score,
            List<MatchExplanation> explanations) {}

    /** An engagement of the plan, in plan order, with the constraints it takes part in (catalogue order). */
    public record EngagementAnalysis(
            String id, String title, boolean scheduled, boolean pinned, List<EngagementConstraint> constraints) {}

    /** One constraint an engagement takes part in, with the matches that name it and their summed score. */
    public record EngagementConstraint(
            String id, ConstraintId.Level level, long score, List<MatchExplanation> matches) {}

    /**
     * Why an engagement is unscheduled. Its candidates are places: a space of the plan and a start on
     * the grain within the horizon. The hard rules rule them out one after another, in the order of
     * {@code ruledOut}; {@code candidatesLeft} places break none of them given where the other
     * engagements are now (more than 0 means another solve may well place it).
     */
    public record UnscheduledEngagement(
            String id,
            String title,
            int priority,
            long candidates,
            List<RuledOut> ruledOut,
            long candidatesLeft,
            String sentence) {}

    /** How many of the places still in the running a hard rule rules out, and in plain words why. */
    public record RuledOut(String constraint, long candidatesRemoved, String sentence) {}
}
