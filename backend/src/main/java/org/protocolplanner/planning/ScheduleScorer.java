package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.protocolplanner.plan.exchange.Placement;
import org.protocolplanner.plan.exchange.PlanDocument;
import org.protocolplanner.plan.exchange.SolutionDocument;
import org.protocolplanner.plan.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.plan.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.plan.exchange.SolutionDocument.KpiDoc;
import org.protocolplanner.plan.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.plan.exchange.SolutionDocument.SolvingInfo;
import org.protocolplanner.planning.kpi.ProtocolKpis;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Scores a plan's assignment by the rules of constraints.md and writes it as a solution document:
 * the score, every catalogue constraint with its matches and score, the assignments with their venue
 * and end, the unscheduled events, the figures of protocol quality. Plain Java; one instance is safe to share between threads.
 */
public final class ScheduleScorer {

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();
    private final SolutionManager<ProtocolSchedule, HardMediumSoftLongScore> solutionManager;

    public ScheduleScorer() {
        this.solutionManager = SolutionManager.create(SolverFactory.create(ProtocolSolverConfig.scoring()));
    }

    /**
     * Scores {@code assignments} (a solution document's) on {@code plan}; only each assignment's event,
     * space and start are read, venue and end are derived again. Events without an assignment are
     * unscheduled.
     *
     * @throws IllegalArgumentException when an assignment names an unknown event or space, or an event twice
     */
    public SolutionDocument score(PlanDocument plan, List<AssignmentDoc> assignments) {
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (AssignmentDoc assignment : assignments) {
            Placement placement = new Placement(assignment.spaceId(), assignment.start());
            if (placements.put(assignment.eventId(), placement) != null) {
                throw new IllegalArgumentException("event " + assignment.eventId() + " is assigned twice");
            }
        }
        return score(plan, placements);
    }

    /** Scores {@code plan} with each event placed as {@code placements} says (event id to space and start). */
    public SolutionDocument score(PlanDocument plan, Map<String, Placement> placements) {
        return document(factory.create(plan, placements), null);
    }

    /** The solution document of a schedule, for example a solver's best; {@code solving} may be null. */
    public SolutionDocument document(ProtocolSchedule schedule, SolvingInfo solving) {
        ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explanation = explain(schedule);
        HardMediumSoftLongScore score = explanation.getScore();
        return new SolutionDocument(schedule.getPlanName(),
                new ScoreDoc(score.hardScore(), score.mediumScore(), score.softScore()),
                score.hardScore() == 0, assignments(schedule), unassigned(schedule),
                constraintRows(explanation), solving, kpis(ProtocolKpis.of(schedule)));
    }

    /** The figures of protocol quality of a schedule as the solution document carries them. */
    public static KpiDoc kpis(ProtocolKpis kpis) {
        return new KpiDoc(kpis.unscheduledCount(), kpis.unscheduledPriority(), kpis.travelMinutes(),
                kpis.prestigeGap(), kpis.equalTreatmentSpread(), kpis.emptySeatShare(), kpis.offCustomaryHours());
    }

    /** Recalculates the schedule's score and every constraint match, with justifications and indictments. */
    public ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explain(ProtocolSchedule schedule) {
        return solutionManager.explain(schedule);
    }

    private static List<AssignmentDoc> assignments(ProtocolSchedule schedule) {
        ScheduleHorizon horizon = schedule.getHorizon();
        List<AssignmentDoc> assignments = new ArrayList<>();
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            if (assignment.isScheduled()) {
                assignments.add(new AssignmentDoc(assignment.getId(), assignment.getSpace().id(),
                        assignment.venue().id(), horizon.timeOf(assignment.getStart()),
                        horizon.timeOf(assignment.end())));
            }
        }
        return assignments;
    }

    private static List<String> unassigned(ProtocolSchedule schedule) {
        return schedule.getAssignments().stream().filter(assignment -> !assignment.isScheduled())
                .map(EngagementAssignment::getId).toList();
    }

    /** One row per catalogue constraint, in catalogue order, also those without a match or not yet defined. */
    private static List<ConstraintRow> constraintRows(
            ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explanation) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values()
                .forEach(total -> totals.put(total.getConstraintName(), total));
        List<ConstraintRow> rows = new ArrayList<>();
        for (ConstraintId constraint : ConstraintId.values()) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(constraint.id());
            int matches = total == null ? 0 : total.getConstraintMatchCount();
            long score = total == null ? 0 : levelScore(total.getScore(), constraint.level());
            rows.add(new ConstraintRow(constraint.id(), constraint.level().name(), matches, score));
        }
        return rows;
    }

    private static long levelScore(HardMediumSoftLongScore score, ConstraintId.Level level) {
        return switch (level) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
