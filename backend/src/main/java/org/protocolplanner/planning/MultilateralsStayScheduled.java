package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Local search never leaves out a multilateral engagement that is scheduled: no change of its space
 * or start to none, and no swap with an unscheduled engagement (which hands it the other's empty
 * place). Construction places them first because each needs a moment at which all its delegations
 * are free; once their days fill, local search cannot clear such a moment again. Late acceptance
 * took the step anyway whenever the score of 400 steps back was worse in the medium level than
 * leaving the plenary out: the 60-delegation summit then ended with its plenary unscheduled in one
 * run of three. Moving a multilateral engagement to another space or time stays allowed.
 */
public final class MultilateralsStayScheduled implements SelectionFilter<ProtocolSchedule, Move<ProtocolSchedule>> {

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, Move<ProtocolSchedule> move) {
        if (move instanceof ChangeMove<ProtocolSchedule> change) {
            return change.getToPlanningValue() != null || !scheduledMultilateral(change.getEntity());
        }
        if (move instanceof SwapMove<ProtocolSchedule> swap) {
            return !leftOutBy(swap.getLeftEntity(), swap.getRightEntity())
                    && !leftOutBy(swap.getRightEntity(), swap.getLeftEntity());
        }
        return true;
    }

    /** Whether swapping would leave out {@code entity}: it is a scheduled multilateral, the other is not scheduled. */
    private static boolean leftOutBy(Object entity, Object other) {
        return scheduledMultilateral(entity) && !((EngagementAssignment) other).isScheduled();
    }

    private static boolean scheduledMultilateral(Object entity) {
        EngagementAssignment assignment = (EngagementAssignment) entity;
        return assignment.isScheduled() && MultilateralEngagements.isMultilateral(assignment);
    }
}
