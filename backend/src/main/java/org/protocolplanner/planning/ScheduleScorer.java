package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.exchange.SolutionDocument.KpiDoc;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.exchange.SolutionDocument.SolvingInfo;
import org.protocolplanner.planning.analysis.ScoreAnalysis;
import org.protocolplanner.planning.analysis.ScoreAnalyzer;
import org.protocolplanner.planning.kpi.ProtocolKpis;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;

/**
 * Scores a plan's assignment by the rules of docs/reference/constraints.md and writes it as a solution document:
 * the score, every catalogue constraint with its matches and score, the assignments with their venue
 * and end, the unscheduled events, the figures of protocol quality. Plain Java; one instance is safe to share between threads.
 */
public final class ScheduleScorer {

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();
    private final SolutionManager<ProtocolSchedule, HardMediumSoftLongScore> solutionManager;
    private final InnerScoreDirectorFactory<ProtocolSchedule, HardMediumSoftLongScore> directorFactory;

    public ScheduleScorer() {
        SolverFactory<ProtocolSchedule> solverFactory = SolverFactory.create(ProtocolSolverConfig.scoring());
        this.solutionManager = SolutionManager.create(solverFactory);
        // OptaPlanner's public API scores whole solutions only; an incremental score director for moves by
        // hand comes from its solver factory, the one implementation SolverFactory.create returns.
        this.directorFactory = ((DefaultSolverFactory<ProtocolSchedule>) solverFactory).getScoreDirectorFactory();
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

    /**
     * The solution document of a schedule, for example a solver's best; {@code solving} may be null. Its
     * constraint rows are those of the score analysis, so that the two never disagree.
     */
    public SolutionDocument document(ProtocolSchedule schedule, SolvingInfo solving) {
        ScoreExplanation<ProtocolSchedule, HardMediumSoftLongScore> explanation = explain(schedule);
        HardMediumSoftLongScore score = explanation.getScore();
        List<ConstraintRow> rows = ScoreAnalyzer.constraints(schedule, explanation).stream()
                .map(row -> new ConstraintRow(row.id(), row.level().name(), row.matches(), row.score()))
                .toList();
        return new SolutionDocument(
                schedule.getPlanName(),
                new ScoreDoc(score.hardScore(), score.mediumScore(), score.softScore()),
                score.hardScore() == 0,
                assignments(schedule),
                unassigned(schedule),
                rows,
                solving,
                kpis(ProtocolKpis.of(schedule)));
    }

    /**
     * {@code plan} with each event placed as {@code placements} says, ready to preview moves of single
     * engagements; close it when done with it.
     */
    public ScheduleDraft draft(PlanDocument plan, Map<String, Placement> placements) {
        return new ScheduleDraft(directorFactory.buildScoreDirector(false, true), factory.create(plan, placements));
    }

    /** An incremental score director without constraint matches, for placing engagements one by one. */
    InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> scoreDirector() {
        return directorFactory.buildScoreDirector(false, false);
    }

    /** Why {@code plan} with each event placed as {@code placements} says scores what it scores. */
    public ScoreAnalysis analyze(PlanDocument plan, Map<String, Placement> placements) {
        return analyze(factory.create(plan, placements));
    }

    /** Why a schedule scores what it scores: per constraint, per engagement, and for the unscheduled. */
    public ScoreAnalysis analyze(ProtocolSchedule schedule) {
        return ScoreAnalyzer.analyze(schedule, explain(schedule));
    }

    /** The figures of protocol quality of a schedule as the solution document carries them. */
    public static KpiDoc kpis(ProtocolKpis kpis) {
        return new KpiDoc(
                kpis.unscheduledCount(),
                kpis.unscheduledPriority(),
                kpis.travelMinutes(),
                kpis.prestigeGap(),
                kpis.equalTreatmentSpread(),
                kpis.emptySeatShare(),
                kpis.offCustomaryHours());
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
                assignments.add(new AssignmentDoc(
                        assignment.getId(),
                        assignment.getSpace().id(),
                        assignment.venue().id(),
                        horizon.timeOf(assignment.getStart()),
                        horizon.timeOf(assignment.end())));
            }
        }
        return assignments;
    }

    private static List<String> unassigned(ProtocolSchedule schedule) {
        return schedule.getAssignments().stream()
                .filter(assignment -> !assignment.isScheduled())
                .map(EngagementAssignment::getId)
                .toList();
    }
}
