package org.protocolplanner.planning;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Keeps null out of the places the construction heuristic samples. Null is in the value range of both
 * variables (an engagement may stay unscheduled), and it scores exactly as the not yet placed
 * engagement does, so that first-feasible construction took it whenever it was drawn before a feasible
 * place: the 60-delegation summit's plenary stayed unscheduled in 2 of 3 runs. Without null it puts the
 * engagement at the best place sampled, and the repair phase takes it out again if that place breaks a
 * hard rule; local search's {@link UnscheduledPlacements} then look for another place. Local search's
 * changes draw no null either: a change that leaves an engagement out only makes the medium score worse
 * unless something takes its place, which the swaps and {@link UnscheduledPlacements} do in one move.
 */
public final class AssignedValues implements SelectionFilter<ProtocolSchedule, Object> {

    @Override
    public boolean accept(ScoreDirector<ProtocolSchedule> scoreDirector, Object value) {
        return value != null;
    }
}
