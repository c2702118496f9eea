package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

class ReplanScopeTest {

    /** Hall AB is made of halls A and B; room C is a space of its own. No delegations: only spaces link. */
    private static final String PLAN = """
            {"format": "protocol-planner/plan", "version": 1, "name": "Divided hall",
             "horizon": {"start": "2027-03-01T00:00", "end": "2027-03-02T00:00"},
             "venues": [{"id": "v", "name": "V", "lat": 39.9, "lon": 116.4, "spaces": [
                 {"id": "ab", "name": "AB", "capacity": {"THEATRE": 200}, "parts": ["a", "b"]},
                 {"id": "a", "name": "A", "capacity": {"THEATRE": 100}},
                 {"id": "b", "name": "B", "capacity": {"THEATRE": 100}},
                 {"id": "c", "name": "C", "capacity": {"THEATRE": 100}}]}],
             "events": [
               {"id": "in-ab", "title": "t", "type": "PLENARY", "headcount": 150, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "ab", "start": "2027-03-01T09:00"}},
               {"id": "in-a", "title": "t", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "a", "start": "2027-03-01T12:00"}},
               {"id": "in-b", "title": "t", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "b", "start": "2027-03-01T12:00"}},
               {"id": "in-c", "title": "t", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "c", "start": "2027-03-01T12:00"}}]}
            """;

    @Test
    void releasesTheHeldEngagementsOnTheFloorOfTheTroubleToo() {
        ProtocolSchedule schedule = new ProtocolScheduleFactory()
                .create(new PlanDocumentReader().read(PLAN.getBytes(StandardCharsets.UTF_8)));
        schedule.getAssignments().forEach(assignment -> assignment.setHeld(true));

        assertThat(ReplanScope.neighbours(List.of(assignment(schedule, "in-ab")), schedule))
                .extracting(EngagementAssignment::getId)
                .containsExactly("in-ab", "in-a", "in-b");
        assertThat(ReplanScope.neighbours(List.of(assignment(schedule, "in-a")), schedule))
                .extracting(EngagementAssignment::getId)
                .as("A shares floor with AB, not with B")
                .containsExactly("in-ab", "in-a");
    }

    private static EngagementAssignment assignment(ProtocolSchedule schedule, String id) {
        return schedule.getAssignments().stream()
                .filter(a -> a.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
