package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Engagements that more than two delegations attend (plenaries, banquets, group photos). Each needs
 * a time at which all its delegations are free, which is easy to find in an empty week and nearly
 * impossible for local search to clear later, so the construction heuristic places them first.
 */
public final class MultilateralEngagements implements SelectionFilter<ProtocolSchedule, EngagementAssignment> {

    static final int BILATERAL_DELEGATIONS = 2;

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, EngagementAssignment assignment) {
        return isMultilateral(assignment);
    }

    static boolean isMultilateral(EngagementAssignment assignment) {
        return assignment.getEngagement().delegations().size() > BILATERAL_DELEGATIONS;
    }
}
