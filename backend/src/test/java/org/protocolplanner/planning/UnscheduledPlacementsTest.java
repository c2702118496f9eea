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
import org.junit.jupiter.api.Test;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.Space;

class UnscheduledPlacementsTest {

    private final Space hall = space("hall", CNCC).build();
    private final EngagementAssignment talks = unscheduled(event("talks").attendedBy(KENYA, BRAZIL).build());

    @Test
    void takesOutWhatIsInTheWayOfTheEngagementItPlaces() {
        EngagementAssignment signing = placed(event("signing").attendedBy(KENYA, NORWAY).build(), hall, day(1, "10:00"));

        ReplacementMove move = UnscheduledPlacements.makeRoom(talks, hall, day(1, "10:00"), List.of(signing, talks),
                List.of(talks));

        assertThat(move.isMoveDoable(null)).isTrue();
        assertThat(move.getPlanningEntities()).containsExactly(talks, signing);
    }

    @Test
    void neverTakesOutAScheduledMultilateralEngagement() {
        EngagementAssignment plenary = placed(event("plenary").attendedBy(KENYA, BRAZIL, NORWAY).priority(10).build(),
                hall, day(1, "10:00"));
        EngagementAssignment weightier = unscheduled(event("weightier").attendedBy(KENYA, BRAZIL).priority(11).build());

        assertThat(UnscheduledPlacements.makeRoom(weightier, hall, day(1, "10:30"), List.of(plenary, weightier),
                List.of(weightier)).isMoveDoable(null)).isFalse();
    }
}
