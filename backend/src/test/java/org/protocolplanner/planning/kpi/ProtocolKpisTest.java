package org.protocolplanner.planning.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExampleAssignment;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.model.ProtocolSchedule;

/** The figures of protocol quality on the worked example of docs/reference/constraints.md, and in its solution document. */
class ProtocolKpisTest {

    @Test
    void countsTheUnscheduledEngagementWithItsPriority() {
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(workedExample(), workedExampleAssignment());

        ProtocolKpis kpis = ProtocolKpis.of(schedule);

        assertThat(kpis.unscheduledCount()).as("E9").isEqualTo(1);
        assertThat(kpis.unscheduledPriority()).isEqualTo(7);
        assertThat(kpis.emptySeatShare()).isBetween(0.0, 1.0);
        assertThat(kpis.prestigeGap()).isGreaterThanOrEqualTo(0);
        assertThat(kpis.travelMinutes()).as("D1 drives from V1 to V2 on day 1").isPositive();
    }

    @Test
    void leavesEveryMeanAtZeroWhenNothingIsScheduled() {
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(workedExample(), Map.of());

        ProtocolKpis kpis = ProtocolKpis.of(schedule);

        assertThat(kpis.unscheduledCount()).isEqualTo(workedExample().events().size());
        assertThat(kpis.travelMinutes()).isZero();
        assertThat(kpis.equalTreatmentSpread()).isZero();
    }

    @Test
    void fillsTheKpisOfEverySolutionDocument() {
        SolutionDocument solution = new ScheduleScorer().score(workedExample(), workedExampleAssignment());

        assertThat(solution.kpis()).isNotNull();
        assertThat(solution.kpis().unscheduledCount())
                .isEqualTo(solution.unassigned().size());
    }
}
