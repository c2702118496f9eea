package org.protocolplanner.planning.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.analysis.ScoreAnalysis.ConstraintAnalysis;
import org.protocolplanner.planning.analysis.ScoreAnalysis.EngagementAnalysis;
import org.protocolplanner.planning.analysis.ScoreAnalysis.EngagementConstraint;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Turns OptaPlanner's explanation of a schedule's score into the {@link ScoreAnalysis} planners read.
 * The solution document's constraint rows come from {@link #constraints}, so that both always agree.
 */
public final class ScoreAnalyzer {

    /** Heaviest penalty first; equal ones in the order of their sentences, so answers are stable. */
    private static final Comparator<MatchExplanation> HEAVIEST_FIRST =
            Comparator.comparingLong(MatchExplanation::score).thenComparing(MatchExplanation::sentence);

    private ScoreAnalyzer() {}

    public static ScoreAnalysis analyze(
            ProtocolSchedule schedule, ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explanation) {
        List<ConstraintAnalysis> constraints = constraints(schedule, explanation);
        HardMediumSoftLongScore score = explanation.getScore();
        return new ScoreAnalysis(
                new ScoreDoc(score.hardScore(), score.mediumScore(), score.softScore()),
                score.hardScore() == 0,
                constraints,
                engagements(schedule, constraints),
                new UnscheduledReasons(schedule, new ScheduleNames(schedule)).all());
    }

    /** Every constraint of the catalogue, in catalogue order, with its explained matches. */
    public static List<ConstraintAnalysis> constraints(
            ProtocolSchedule schedule, ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explanation) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
        explanation
                .getConstraintMatchTotalMap()
                .values()
                .forEach(total -> totals.put(total.getConstraintName(), total));
        MatchExplainer explainer = new MatchExplainer(schedule);
        List<ConstraintAnalysis> rows = new ArrayList<>();
        for (ConstraintId constraint : ConstraintId.values()) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(constraint.id());
            List<MatchExplanation> explained = new ArrayList<>();
            long score = 0;
            if (total != null) {
                for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                    explained.add(explainer.explain(match));
                }
                score = MatchExplainer.levelScore(total.getScore(), constraint.level());
            }
            explained.sort(HEAVIEST_FIRST);
            rows.add(new ConstraintAnalysis(
                    constraint.id(),
                    constraint.level(),
                    schedule.getWeights().weight(constraint),
                    explained.size(),
                    score,
                    List.copyOf(explained)));
        }
        return rows;
    }

    private static List<EngagementAnalysis> engagements(
            ProtocolSchedule schedule, List<ConstraintAnalysis> constraints) {
        Map<String, Map<ConstraintId, List<MatchExplanation>>> byEvent = new HashMap<>();
        for (ConstraintAnalysis row : constraints) {
            ConstraintId constraint = ConstraintId.byId(row.id()).orElseThrow();
            for (MatchExplanation match : row.explanations()) {
                for (String eventId : match.eventIds()) {
                    byEvent.computeIfAbsent(eventId, id -> new EnumMap<>(ConstraintId.class))
                            .computeIfAbsent(constraint, c -> new ArrayList<>())
                            .add(match);
                }
            }
        }
        List<EngagementAnalysis> engagements = new ArrayList<>();
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            List<EngagementConstraint> taking = new ArrayList<>();
            byEvent.getOrDefault(assignment.getId(), new LinkedHashMap<>())
                    .forEach((constraint, matches) -> taking.add(new EngagementConstraint(
                            constraint.id(),
                            constraint.level(),
                            matches.stream().mapToLong(MatchExplanation::score).sum(),
                            List.copyOf(matches))));
            engagements.add(new EngagementAnalysis(
                    assignment.getId(),
                    assignment.getEngagement().title(),
                    assignment.isScheduled(),
                    assignment.isPinned(),
                    taking));
        }
        return engagements;
    }
}
