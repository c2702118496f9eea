package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.LongStream;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * Local search moves that start from an unscheduled engagement: it takes one of its candidate places,
 * the engagements in its way in that space are taken out, and other unscheduled engagements that fit
 * follow it into the time those leave free, most important first.
 *
 * <p>The generic moves draw an engagement among all of them, so on a summit of 465 engagements with 9
 * left out about one move in two hundred touched one of those 9; a filter that keeps only unscheduled
 * engagements starves when there are none (OptaPlanner's filtered random selector gives up after
 * thousands of draws, with a warning each time). This factory lists the unscheduled
 * engagements once per step and offers no move when there are none, so the union of moves then simply
 * draws from the others. Taking out what is in the way and filling the freed time in one move lets the
 * solver give up one engagement for several that together weigh more, which a sequence of single
 * changes cannot do under late acceptance (docs/solver.md, "Over-constrained plans").
 */
public final class UnscheduledPlacements implements MoveIteratorFactory<ProtocolSchedule, ReplacementMove> {

    private static final Comparator<EngagementAssignment> MOST_IMPORTANT_FIRST = Comparator.comparingInt(
                    (EngagementAssignment assignment) ->
                            assignment.getEngagement().priority())
            .reversed();

    @Override
    public long getSize(ScoreDirector<ProtocolSchedule> scoreDirector) {
        return unscheduled(scoreDirector).stream()
                .mapToLong(assignment -> assignment.getCandidateSpaces().getSize()
                        * assignment.getCandidateStarts().getSize())
                .sum();
    }

    @Override
    public Iterator<ReplacementMove> createOriginalMoveIterator(ScoreDirector<ProtocolSchedule> scoreDirector) {
        List<EngagementAssignment> all = scoreDirector.getWorkingSolution().getAssignments();
        List<EngagementAssignment> unscheduled = unscheduled(scoreDirector);
        return unscheduled.stream()
                .flatMap(assignment -> LongStream.range(
                                0, assignment.getCandidateSpaces().getSize())
                        .mapToObj(assignment.getCandidateSpaces()::get)
                        .flatMap(space -> LongStream.range(
                                        0, assignment.getCandidateStarts().getSize())
                                .mapToObj(assignment.getCandidateStarts()::get)
                                .map(start -> makeRoom(assignment, space, start, all, unscheduled))))
                .iterator();
    }

    @Override
    public Iterator<ReplacementMove> createRandomMoveIterator(
            ScoreDirector<ProtocolSchedule> scoreDirector, Random random) {
        List<EngagementAssignment> all = scoreDirector.getWorkingSolution().getAssignments();
        List<EngagementAssignment> unscheduled = unscheduled(scoreDirector);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !unscheduled.isEmpty();
            }

            @Override
            public ReplacementMove next() {
                if (unscheduled.isEmpty()) {
                    throw new NoSuchElementException();
                }
                EngagementAssignment placed = unscheduled.get(random.nextInt(unscheduled.size()));
                SpaceBrief space = placed.getCandidateSpaces()
                        .get(random.nextInt((int) placed.getCandidateSpaces().getSize()));
                Integer start = placed.getCandidateStarts()
                        .get(random.nextInt((int) placed.getCandidateStarts().getSize()));
                return makeRoom(placed, space, start, all, unscheduled);
            }
        };
    }

    /** Engagements the solver may move (neither pinned nor held) without a place that have somewhere to go, most important first. */
    private static List<EngagementAssignment> unscheduled(ScoreDirector<ProtocolSchedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getAssignments().stream()
                .filter(assignment -> !assignment.isFixed()
                        && !assignment.isScheduled()
                        && !assignment.getCandidateSpaces().isEmpty()
                        && !assignment.getCandidateStarts().isEmpty())
                .sorted(MOST_IMPORTANT_FIRST)
                .toList();
    }

    /**
     * {@code placed} to {@code space} at {@code start}; out goes every engagement whose busy interval in
     * that space, or in a space that shares floor with it, overlaps its own; into the time they held in
     * that very space before and after it, back to back, go the unscheduled engagements that fit, most
     * important first. A pinned or scheduled multilateral engagement in the way makes the move not doable.
     */
    static ReplacementMove makeRoom(
            EngagementAssignment placed,
            SpaceBrief space,
            int start,
            List<EngagementAssignment> all,
            List<EngagementAssignment> unscheduledByImportance) {
        int busyEnd = start + placed.getEngagement().durationMinutes() + space.turnoverMinutes();
        List<ReplacementMove.Change> changes = new ArrayList<>();
        changes.add(new ReplacementMove.Change(placed, space, start));
        int freedFrom = start;
        int freedUntil = busyEnd;
        for (EngagementAssignment other : all) {
            if (other != placed
                    && other.isScheduled()
                    && space.sharesFloorWith(other.getSpace())
                    && other.getStart() < busyEnd
                    && start < other.busyEnd()) {
                changes.add(new ReplacementMove.Change(other, null, null));
                // Time freed in another space of the floor may still be taken in this one (a part of a
                // whole freed by its other part): only the space's own time is filled.
                if (other.getSpace() == space) {
                    freedFrom = Math.min(freedFrom, other.getStart());
                    freedUntil = Math.max(freedUntil, other.busyEnd());
                }
            }
        }
        if (changes.size() > 1) {
            List<EngagementAssignment> followers = new ArrayList<>(unscheduledByImportance);
            followers.remove(placed);
            fill(space, freedFrom, start, followers, changes);
            fill(space, busyEnd, freedUntil, followers, changes);
        }
        return new ReplacementMove(changes);
    }

    /** Puts followers that fit one after the other into {@code [from, until)} of the space; removes those placed. */
    private static void fill(
            SpaceBrief space,
            int from,
            int until,
            List<EngagementAssignment> followers,
            List<ReplacementMove.Change> changes) {
        int next = from;
        for (Iterator<EngagementAssignment> candidates = followers.iterator(); candidates.hasNext(); ) {
            EngagementAssignment follower = candidates.next();
            int followerBusyEnd = next + follower.getEngagement().durationMinutes() + space.turnoverMinutes();
            if (followerBusyEnd <= until
                    && follower.getCandidateSpaces().contains(space)
                    && follower.getCandidateStarts().contains(next)) {
                changes.add(new ReplacementMove.Change(follower, space, next));
                candidates.remove();
                next = followerBusyEnd;
            }
        }
    }
}
