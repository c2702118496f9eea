package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.VenueBrief;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/** Local search's nearby moves keep an engagement near where it is and near where its delegations are. */
class NearbyPlacesTest {

    private static final int MOVES = 400;

    @Test
    void movesOneScheduledEngagementToANearbyTimeOrToASpaceNearItsDelegations() {
        ProtocolSchedule schedule = new ProtocolScheduleFactory()
                .create(SummitGenerator.generate(SummitOptions.of(12, 60, 3, 11))
                        .plan());
        try (InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director =
                new ScheduleScorer().scoreDirector()) {
            director.setWorkingSolution(schedule);
            new QualityConstruction(Duration.ofMinutes(1)).changeWorkingSolution(director);
            int grain = schedule.getHorizon().grainMinutes();
            Iterator<ReplacementMove> moves = new NearbyPlaces().createRandomMoveIterator(director, new Random(7));
            int elsewhere = 0;
            for (int i = 0; i < MOVES; i++) {
                ReplacementMove move = moves.next();
                assertThat(move.getPlanningEntities()).hasSize(1);
                EngagementAssignment moved =
                        (EngagementAssignment) move.getPlanningEntities().get(0);
                SpaceBrief space = (SpaceBrief) move.getPlanningValues().get(0);
                int start = (Integer) move.getPlanningValues().get(1);
                assertThat(moved.isScheduled()).isTrue();
                assertThat(moved.getCandidateSpaces().contains(space)).isTrue();
                assertThat(moved.getCandidateStarts().contains(start)).isTrue();
                int shift = Math.abs(start - moved.getStart());
                assertThat(shift <= PlaceNeighbourhood.SHIFT_GRAINS * grain
                                || Math.abs(shift - ScheduleHorizon.MINUTES_PER_DAY) <= grain)
                        .as("%s moves %d minutes", moved, shift)
                        .isTrue();
                assertThat(nearVenues(moved, schedule))
                        .as("%s to %s", moved, space)
                        .contains(space.venue());
                if (space.venue() != moved.venue()) {
                    elsewhere++;
                }
            }
            assertThat(elsewhere).as("some moves go to another venue").isPositive();
        }
    }

    /**
     * The venues among the {@value PlaceNeighbourhood#NEAR_VENUES} nearest, counting only those with a
     * candidate space, to the engagement's venue, a delegation's hotel or the venue of another engagement of
     * one of its delegations that day.
     */
    private static Set<VenueBrief> nearVenues(EngagementAssignment moved, ProtocolSchedule schedule) {
        Set<VenueBrief> anchors = new HashSet<>();
        anchors.add(moved.venue());
        for (DelegationBrief delegation : moved.getEngagement().delegations()) {
            if (delegation.hotel() != null) {
                anchors.add(delegation.hotel());
            }
            for (EngagementAssignment other : schedule.getAssignments()) {
                if (other.isScheduled()
                        && other.getEngagement().isAttendedBy(delegation)
                        && ScheduleHorizon.dayOf(other.getStart()) == ScheduleHorizon.dayOf(moved.getStart())) {
                    anchors.add(other.venue());
                }
            }
        }
        Set<VenueBrief> withCandidates = new HashSet<>();
        moved.getCandidateSpaces()
                .createOriginalIterator()
                .forEachRemaining(space -> withCandidates.add(space.venue()));
        Set<VenueBrief> near = new HashSet<>();
        for (VenueBrief anchor : anchors) {
            List<VenueBrief> nearest = withCandidates.stream()
                    .sorted(Comparator.comparingInt(anchor::travelMinutesTo).thenComparingInt(VenueBrief::index))
                    .limit(PlaceNeighbourhood.NEAR_VENUES)
                    .toList();
            near.addAll(nearest);
        }
        return near;
    }
}
