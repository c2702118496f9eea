package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * Several engagements to new places, or out of the schedule, in one step. Late acceptance only takes a
 * step that is no worse than the current score or the one some steps back, so trading one placed
 * engagement for others must happen at once: taking it out first makes the medium score worse and is
 * refused.
 */
final class ReplacementMove extends AbstractMove<ProtocolSchedule> {

    /** One engagement's new place; a null space and start take it out. */
    record Change(EngagementAssignment assignment, SpaceBrief space, Integer start) {

        boolean changesSomething() {
            return assignment.getSpace() != space || !Objects.equals(assignment.getStart(), start);
        }

        boolean leavesOutMultilateral() {
            return space == null && assignment.isScheduled() && MultilateralEngagements.isMultilateral(assignment);
        }
    }

    private final List<Change> changes;

    ReplacementMove(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * Not when it moves a pinned or held engagement, or takes out a scheduled multilateral one: local search never
     * does ({@link MultilateralsStayScheduled}). Making room in the plenary hall can take out a summit's
     * plenary for engagements that late acceptance finds no worse, and no later move finds all its
     * delegations free again. Allowing it only when more priority is placed than taken out still loses
     * the plenary (docs/decisions/0034-multilaterals-stay-scheduled.md).
     */
    @Override
    public boolean isMoveDoable(ScoreDirector<ProtocolSchedule> scoreDirector) {
        return changes.stream().noneMatch(change -> change.assignment().isFixed() || change.leavesOutMultilateral())
                && changes.stream().anyMatch(Change::changesSomething);
    }

    @Override
    protected ReplacementMove createUndoMove(ScoreDirector<ProtocolSchedule> scoreDirector) {
        List<Change> undo = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            EngagementAssignment assignment = changes.get(i).assignment();
            undo.add(new Change(assignment, assignment.getSpace(), assignment.getStart()));
        }
        return new ReplacementMove(undo);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ProtocolSchedule> scoreDirector) {
        for (Change change : changes) {
            EngagementAssignment assignment = change.assignment();
            scoreDirector.beforeVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
            scoreDirector.beforeVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
            assignment.place(change.space(), change.start());
            scoreDirector.afterVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
            scoreDirector.afterVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
        }
    }

    /** For multi-threaded solving: the same changes on the engagements and spaces of another thread's copy. */
    @Override
    public ReplacementMove rebase(ScoreDirector<ProtocolSchedule> destinationScoreDirector) {
        List<Change> rebased = new ArrayList<>(changes.size());
        for (Change change : changes) {
            rebased.add(new Change(
                    destinationScoreDirector.lookUpWorkingObject(change.assignment()),
                    change.space() == null ? null : destinationScoreDirector.lookUpWorkingObject(change.space()),
                    change.start()));
        }
        return new ReplacementMove(rebased);
    }

    @Override
    public List<EngagementAssignment> getPlanningEntities() {
        return changes.stream().map(Change::assignment).toList();
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (Change change : changes) {
            if (change.space() != null) {
                values.add(change.space());
            }
            if (change.start() != null) {
                values.add(change.start());
            }
        }
        return values;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(change.assignment().getId())
                    .append(" -> ")
                    .append(change.space() == null ? "out" : change.space() + "+" + change.start());
        }
        return text.toString();
    }
}
