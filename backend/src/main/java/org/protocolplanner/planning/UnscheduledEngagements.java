package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Engagements still without a space or a start. After construction they are a handful among hundreds;
 * drawn at random from all engagements, local search reaches one of them with a move of both space
 * and start too rarely to place it within the benchmark's seconds, so one move selector draws only
 * these.
 */
public final class UnscheduledEngagements implements SelectionFilter<ProtocolSchedule, EngagementAssignment> {

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, EngagementAssignment assignment) {
        return !assignment.isScheduled();
    }
}
