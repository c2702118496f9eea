package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * Local search moves of one scheduled engagement to a place near its own ({@link PlaceNeighbourhood}): to a
 * start a few grains away or at the same time of another day, in the same space; to a space near where its
 * delegations are that day, at the same start; or both at once.
 *
 * <p>A summit's engagement has some 700 candidate spaces and some 600 candidate starts, many of them at
 * night or when the space is closed: a change drawn from the whole range almost always breaks a hard rule
 * or costs more than it saves (docs/decisions/0073-nearby-moves.md). OptaPlanner's own nearby selection
 * measures each engagement's distances once per phase, while what is near here (the current start, the
 * venues of the day's other engagements) changes with every step; so the moves are drawn here.
 */
public final class NearbyPlaces implements MoveIteratorFactory<ProtocolSchedule, ReplacementMove> {

    private PlaceNeighbourhood neighbourhood;

    @Override
    public long getSize(ScoreDirector<ProtocolSchedule> scoreDirector) {
        return movable(scoreDirector.getWorkingSolution()).size()
                * (long) PlaceNeighbourhood.NEAR_VENUES
                * PlaceNeighbourhood.SHIFT_GRAINS;
    }

    @Override
    public Iterator<ReplacementMove> createOriginalMoveIterator(ScoreDirector<ProtocolSchedule> scoreDirector) {
        throw new UnsupportedOperationException("nearby places are only drawn at random");
    }

    @Override
    public Iterator<ReplacementMove> createRandomMoveIterator(
            ScoreDirector<ProtocolSchedule> scoreDirector, Random random) {
        ProtocolSchedule schedule = scoreDirector.getWorkingSolution();
        neighbourhood = PlaceNeighbourhood.of(schedule, neighbourhood);
        PlaceNeighbourhood near = neighbourhood;
        List<EngagementAssignment> all = schedule.getAssignments();
        List<EngagementAssignment> movable = movable(schedule);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public ReplacementMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                EngagementAssignment moved = movable.get(random.nextInt(movable.size()));
                SpaceBrief space = moved.getSpace();
                Integer start = moved.getStart();
                int kind = random.nextInt(3);
                if (kind != 1) {
                    Integer shifted = near.nearStart(moved, start, random);
                    start = shifted == null ? start : shifted;
                }
                if (kind != 0) {
                    SpaceBrief nearSpace = near.nearSpace(moved, all, random);
                    space = nearSpace == null ? space : nearSpace;
                }
                return new ReplacementMove(List.of(new ReplacementMove.Change(moved, space, start)));
            }
        };
    }

    /** Scheduled engagements the solver may move; the unscheduled are {@link UnscheduledPlacements}'s. */
    private static List<EngagementAssignment> movable(ProtocolSchedule schedule) {
        List<EngagementAssignment> movable = new ArrayList<>();
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            if (!assignment.isFixed() && assignment.isScheduled()) {
                movable.add(assignment);
            }
        }
        return movable;
    }
}
