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
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

class MultilateralsStayScheduledTest {

    private final MultilateralsStayScheduled filter = new MultilateralsStayScheduled();
    private final SpaceBrief hall = space("hall", CNCC).build();
    private final EngagementAssignment plenary =
            placed(event("plenary").attendedBy(KENYA, BRAZIL, NORWAY).build(), hall, day(1, "10:00"));
    private final EngagementAssignment talks =
            placed(event("talks").attendedBy(KENYA, BRAZIL).build(), hall, day(2, "10:00"));
    private final EngagementAssignment leftOut =
            unscheduled(event("signing").attendedBy(KENYA, BRAZIL).build());

    @Test
    void refusesToLeaveOutAScheduledMultilateralEngagement() {
        assertThat(accepts(new SwapMove<>(List.of(), plenary, leftOut))).isFalse();
        assertThat(accepts(new SwapMove<>(List.of(), leftOut, plenary))).isFalse();
    }

    @Test
    void letsAMultilateralEngagementSwapPlacesAndOthersBeLeftOut() {
        assertThat(accepts(new SwapMove<>(List.of(), plenary, talks))).isTrue();
        assertThat(accepts(new SwapMove<>(List.of(), talks, leftOut))).isTrue();
    }

    @Test
    void letsAnUnscheduledMultilateralEngagementBeDrawnAgain() {
        EngagementAssignment unplacedPlenary =
                unscheduled(event("banquet").attendedBy(KENYA, BRAZIL, NORWAY).build());
        assertThat(accepts(new SwapMove<>(List.of(), unplacedPlenary, leftOut))).isTrue();
    }

    private boolean accepts(SwapMove<ProtocolSchedule> move) {
        return filter.accept(null, move);
    }
}
