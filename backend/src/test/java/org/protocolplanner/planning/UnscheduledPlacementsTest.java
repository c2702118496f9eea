package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.BRAZIL;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.CNCC;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.KENYA;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.NORWAY;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.day;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.event;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.placed;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.space;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.unscheduled;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.SpaceBrief;

class UnscheduledPlacementsTest {

    private final SpaceBrief hall = space("hall", CNCC).build();
    private final EngagementAssignment talks =
            unscheduled(event("talks").attendedBy(KENYA, BRAZIL).build());

    @Test
    void takesOutWhatIsInTheWayOfTheEngagementItPlaces() {
        EngagementAssignment signing =
                placed(event("signing").attendedBy(KENYA, NORWAY).build(), hall, day(1, "10:00"));

        ReplacementMove move =
                UnscheduledPlacements.makeRoom(talks, hall, day(1, "10:00"), List.of(signing, talks), List.of(talks));

        assertThat(move.isMoveDoable(null)).isTrue();
        assertThat(move.getPlanningEntities()).containsExactly(talks, signing);
    }

    @Test
    void neverTakesOutAScheduledMultilateralEngagement() {
        EngagementAssignment plenary = placed(
                event("plenary").attendedBy(KENYA, BRAZIL, NORWAY).priority(10).build(), hall, day(1, "10:00"));
        EngagementAssignment weightier = unscheduled(
                event("weightier").attendedBy(KENYA, BRAZIL).priority(11).build());

        assertThat(UnscheduledPlacements.makeRoom(
                                weightier, hall, day(1, "10:30"), List.of(plenary, weightier), List.of(weightier))
                        .isMoveDoable(null))
                .isFalse();
    }

    @Test
    void takesOutWhatIsInTheWayOnSharedFloorButNotInAnotherPart() {
        SpaceBrief hallA = space("hall-a", CNCC).build();
        SpaceBrief hallB = space("hall-b", CNCC).build();
        SpaceBrief hallAB = space("hall-ab", CNCC).build();
        SpaceBrief.divide(Map.of(hallAB, List.of(hallA, hallB)));
        EngagementAssignment inA = placed(event("in-a").attendedBy(NORWAY).build(), hallA, day(1, "10:00"));
        EngagementAssignment inB = placed(event("in-b").attendedBy(NORWAY).build(), hallB, day(1, "10:00"));
        EngagementAssignment inAB = placed(event("in-ab").attendedBy(NORWAY).build(), hallAB, day(1, "12:00"));
        EngagementAssignment lunch =
                unscheduled(event("lunch").attendedBy(BRAZIL).build());
        List<EngagementAssignment> all = List.of(inA, inB, inAB, talks, lunch);

        assertThat(UnscheduledPlacements.makeRoom(talks, hallAB, day(1, "10:00"), all, List.of(talks, lunch))
                        .getPlanningEntities())
                .containsExactly(talks, inA, inB);
        assertThat(UnscheduledPlacements.makeRoom(talks, hallA, day(1, "12:00"), all, List.of(talks, lunch))
                        .getPlanningEntities())
                .containsExactly(talks, inAB);
        assertThat(UnscheduledPlacements.makeRoom(talks, hallB, day(1, "10:30"), all, List.of(talks, lunch))
                        .getPlanningEntities())
                .containsExactly(talks, inB);
    }
}
