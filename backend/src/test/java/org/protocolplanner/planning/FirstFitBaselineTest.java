package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.planning.fixtures.GeneratedPlans;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/** The officer's first fit: by priority, the earliest start, the smallest space that breaks no hard rule. */
class FirstFitBaselineTest {

    /** One day from 08:00, a hall of 100 and a room of 20 seats at one venue, one delegation, two engagements. */
    private static final String DAY = """
            {"format": "protocol-planner/plan", "version": 1, "name": "one day",
             "horizon": {"start": "2026-09-01T08:00", "end": "2026-09-01T18:00", "grainMinutes": 30},
             "venues": [{"id": "V", "name": "Guesthouse", "lat": 39.9, "lon": 116.4, "securityGrade": "A",
               "spaces": [{"id": "hall", "name": "Hall", "capacity": {"THEATRE": 100}},
                          {"id": "room", "name": "Room", "capacity": {"THEATRE": 20}}]}],
             "delegations": [{"id": "D", "name": "Kenya", "headRank": "MINISTER", "size": 8,
               "arrival": "2026-09-01T08:00", "departure": "2026-09-01T18:00"}],
             "events": [
               {"id": "talks", "title": "Talks", "type": "BILATERAL_TALKS", "headcount": 12, "layout": "THEATRE",
                "durationMinutes": 60, "delegations": ["D"], "priority": 5},
               {"id": "briefing", "title": "Briefing", "type": "BRIEFING", "headcount": 40, "layout": "THEATRE",
                "durationMinutes": 45, "delegations": ["D"], "priority": 9}]}
            """;

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();

    @Test
    void placesTheWeightierEngagementFirstAtTheEarliestStartInTheSmallestSpaceThatFits() {
        PlanDocument plan = new PlanDocumentReader().read(DAY.getBytes(StandardCharsets.UTF_8));

        ProtocolSchedule placed = new FirstFitBaseline().place(factory.create(plan));

        Map<String, String> where = placements(placed);
        // The briefing (priority 9, 40 people) goes first: only the hall seats it, at 08:00 until 08:45,
        // rounded to 09:00 on the grain. The talks then fit the room, but their delegation is busy until 09:00.
        assertThat(where).containsEntry("briefing", "hall@480").containsEntry("talks", "room@540");
        assertThat(placed.getScore().hardScore()).isZero();
    }

    @Test
    void placesASummitWithoutBreakingAHardRuleAndTheSameWayEveryTime() {
        PlanDocument plan = GeneratedPlans.summitWeek(5, 6, 10, 3);

        ProtocolSchedule first = new FirstFitBaseline().place(factory.create(plan));
        ProtocolSchedule second = new FirstFitBaseline().place(factory.create(plan));

        assertThat(first.getScore().hardScore()).isZero();
        assertThat(first.getAssignments())
                .filteredOn(EngagementAssignment::isScheduled)
                .isNotEmpty();
        assertThat(placements(second)).isEqualTo(placements(first));
    }

    private static Map<String, String> placements(ProtocolSchedule schedule) {
        return schedule.getAssignments().stream()
                .filter(EngagementAssignment::isScheduled)
                .collect(Collectors.toMap(
                        EngagementAssignment::getId, a -> a.getSpace().id() + "@" + a.getStart()));
    }
}
