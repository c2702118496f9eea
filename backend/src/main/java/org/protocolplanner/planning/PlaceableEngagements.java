package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Engagements with at least one candidate space and start: the only ones a change can place. One
 * that fits nowhere has just "unscheduled" in its ranges, which {@link AssignedValues} refuses, and
 * OptaPlanner's random value selector then gives up on it with a warning at each draw: a 5 s solve of
 * a plan with such engagements wrote tens of thousands of lines. Selecting only placeable ones keeps
 * those draws (and the log) out; the unplaceable stay unscheduled, as the medium level reports.
 */
public final class PlaceableEngagements implements SelectionFilter<ProtocolSchedule, EngagementAssignment> {

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, EngagementAssignment assignment) {
        return isPlaceable(assignment);
    }

    static boolean isPlaceable(EngagementAssignment assignment) {
        return !assignment.getCandidateSpaces().isEmpty()
                && !assignment.getCandidateStarts().isEmpty();
    }

    /** Multilateral engagements that can be placed: the first construction's selection. */
    public static final class Multilateral implements SelectionFilter<ProtocolSchedule, EngagementAssignment> {

        @Override
        public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, EngagementAssignment assignment) {
            return isPlaceable(assignment) && MultilateralEngagements.isMultilateral(assignment);
        }
    }
}
