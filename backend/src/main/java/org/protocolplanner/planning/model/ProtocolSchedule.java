package org.protocolplanner.planning.model;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan as the solver sees it: the facts (venues, spaces, delegations, engagements and the pairs
 * the rules join on) and one assignment per engagement. Hard: protocol rules broken; medium:
 * summed priority of unscheduled engagements; soft: protocol quality.
 */
@PlanningSolution
public class ProtocolSchedule {

    private String planName;
    private ScheduleHorizon horizon;

    @ProblemFactCollectionProperty
    private List<VenueBrief> venues;

    @ProblemFactCollectionProperty
    private List<SpaceBrief> spaces;

    @ProblemFactCollectionProperty
    private List<DelegationBrief> delegations;

    @ProblemFactCollectionProperty
    private List<EngagementBrief> engagements;

    @ProblemFactCollectionProperty
    private List<Attendance> attendances;

    @ProblemFactCollectionProperty
    private List<CoAttendance> coAttendances;

    @ProblemFactCollectionProperty
    private List<Precedence> precedences;

    @ProblemFactCollectionProperty
    private List<Separation> separations;

    @ProblemFactCollectionProperty
    private List<PossibleEncounter> possibleEncounters;

    @ConstraintConfigurationProvider
    private ProtocolWeights weights;

    @PlanningEntityCollectionProperty
    private List<EngagementAssignment> assignments;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's solution cloner. */
    ProtocolSchedule() {}

    public ProtocolSchedule(
            String planName,
            ScheduleHorizon horizon,
            List<VenueBrief> venues,
            List<SpaceBrief> spaces,
            List<DelegationBrief> delegations,
            List<EngagementBrief> engagements,
            List<Attendance> attendances,
            List<Precedence> precedences,
            List<Separation> separations,
            ProtocolWeights weights,
            List<EngagementAssignment> assignments) {
        this(
                planName,
                horizon,
                venues,
                spaces,
                delegations,
                engagements,
                attendances,
                precedences,
                separations,
                weights,
                assignments,
                CoAttendance.of(engagements),
                PossibleEncounter.of(separations, engagements));
    }

    private ProtocolSchedule(
            String planName,
            ScheduleHorizon horizon,
            List<VenueBrief> venues,
            List<SpaceBrief> spaces,
            List<DelegationBrief> delegations,
            List<EngagementBrief> engagements,
            List<Attendance> attendances,
            List<Precedence> precedences,
            List<Separation> separations,
            ProtocolWeights weights,
            List<EngagementAssignment> assignments,
            List<CoAttendance> coAttendances,
            List<PossibleEncounter> possibleEncounters) {
        this.planName = planName;
        this.horizon = horizon;
        this.venues = venues;
        this.spaces = spaces;
        this.delegations = delegations;
        this.engagements = engagements;
        this.attendances = attendances;
        this.precedences = precedences;
        this.separations = separations;
        this.coAttendances = coAttendances;
        this.possibleEncounters = possibleEncounters;
        this.weights = weights;
        this.assignments = assignments;
    }

    public String getPlanName() {
        return planName;
    }

    public ScheduleHorizon getHorizon() {
        return horizon;
    }

    public List<VenueBrief> getVenues() {
        return venues;
    }

    public List<SpaceBrief> getSpaces() {
        return spaces;
    }

    public List<DelegationBrief> getDelegations() {
        return delegations;
    }

    public List<EngagementBrief> getEngagements() {
        return engagements;
    }

    public List<Attendance> getAttendances() {
        return attendances;
    }

    public List<CoAttendance> getCoAttendances() {
        return coAttendances;
    }

    public List<PossibleEncounter> getPossibleEncounters() {
        return possibleEncounters;
    }

    public List<Precedence> getPrecedences() {
        return precedences;
    }

    public List<Separation> getSeparations() {
        return separations;
    }

    public ProtocolWeights getWeights() {
        return weights;
    }

    public List<EngagementAssignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
