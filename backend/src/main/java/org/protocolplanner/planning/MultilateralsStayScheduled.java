package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Local search's swaps never leave out a multilateral engagement that is scheduled: no swap with an
 * unscheduled engagement, which would hand it the other's empty place (its changes never draw
 * "unscheduled" at all, {@link AssignedValues}). Construction places multilateral engagements first
 * because each needs a moment at which all its delegations are free; once their days fill, local search
 * cannot clear such a moment again. Late acceptance took the step anyway whenever the score of 400 steps
 * back was worse in the medium level than leaving the plenary out: the 60-delegation summit then ended
 * with its plenary unscheduled in one run of three. Moving a multilateral engagement to another space or
 * time, or swapping it with another scheduled engagement, stays allowed.
 */
public final class MultilateralsStayScheduled implements SelectionFilter<ProtocolSchedule, SwapMove<ProtocolSchedule>> {

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, SwapMove<ProtocolSchedule> swap) {
        return !leftOutBy(swap.getLeftEntity(), swap.getRightEntity())
                && !leftOutBy(swap.getRightEntity(), swap.getLeftEntity());
    }

    /** Whether swapping would leave out {@code entity}: it is a scheduled multilateral, the other is not scheduled. */
    private static boolean leftOutBy(Object entity, Object other) {
        EngagementAssignment assignment = (EngagementAssignment) entity;
        return assignment.isScheduled()
                && MultilateralEngagements.isMultilateral(assignment)
                && !((EngagementAssignment) other).isScheduled();
    }
}
