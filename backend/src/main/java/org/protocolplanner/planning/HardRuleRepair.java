package org.protocolplanner.planning;

import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * Between construction and local search: takes out, least important first, every engagement whose
 * removal makes the hard score better, until it is 0 or no removal helps. Engagements away from their
 * published place come before those still at it, whatever their importance: in a re-plan, what a change
 * has moved already moves again before anything published is disturbed ({@link ReplanScope}). Construction puts an
 * engagement at the best of a sample of places, which breaks a hard rule when every place sampled
 * does; local search would have to draw that one engagement with the empty space among thousands of
 * moves to undo it, and on a crowded plan runs out of time first (docs/decisions/0032-hard-rule-repair-phase.md).
 * Pinned engagements stay, so a bad pin still shows in the score; so do those a re-plan holds ({@link ReplanScope}).
 */
final class HardRuleRepair implements CustomPhaseCommand<ProtocolSchedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<ProtocolSchedule> scoreDirector) {
        InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director = scoring(scoreDirector);
        HardMediumSoftLongScore score = director.calculateScore();
        List<EngagementAssignment> leastImportantFirst = director.getWorkingSolution().getAssignments().stream()
                .filter(assignment -> !assignment.isFixed() && assignment.isScheduled())
                .sorted(Comparator.comparing(ReplanScope::atPublishedPlace)
                        .thenComparingInt(
                                assignment -> assignment.getEngagement().priority()))
                .toList();
        for (EngagementAssignment assignment : leastImportantFirst) {
            if (score.hardScore() == 0) {
                return;
            }
            SpaceBrief space = assignment.getSpace();
            Integer start = assignment.getStart();
            place(director, assignment, null, null);
            HardMediumSoftLongScore without = director.calculateScore();
            if (without.hardScore() > score.hardScore()) {
                score = without;
            } else {
                place(director, assignment, space, start);
            }
        }
    }

    /** The director a custom phase is handed, able to score: the public ScoreDirector cannot. */
    @SuppressWarnings("unchecked")
    static InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> scoring(
            ScoreDirector<ProtocolSchedule> scoreDirector) {
        return (InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore>) scoreDirector;
    }

    /** Places (or, with nulls, takes out) one engagement, telling the score director. */
    static void place(
            ScoreDirector<ProtocolSchedule> director,
            EngagementAssignment assignment,
            SpaceBrief space,
            Integer start) {
        director.beforeVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        director.beforeVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
        assignment.place(space, start);
        director.afterVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        director.afterVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
        director.triggerVariableListeners();
    }
}
