package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A solution document imported onto a plan is scored for real, rule by rule, by the solver's constraints. */
@IntegrationTest
class PlanSolutionIT {

    @LocalServerPort
    int port;

    @Test
    void theWorkedExampleScoresAsCountedByHand() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");

        JsonNode pinnedOnly = officer.get(plan + "/solution").json();
        assertThat(pinnedOnly.get("assignments")).hasSize(1);
        assertThat(pinnedOnly.get("assignments").get(0).get("eventId").asString())
                .isEqualTo("E10");
        assertThat(pinnedOnly.get("unassigned")).hasSize(9);

        Api.Answer imported = officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        JsonNode solution = officer.get(plan + "/solution").json();
        assertThat(solution.get("score").get("hard").asLong()).isEqualTo(-594);
        assertThat(solution.get("score").get("medium").asLong()).isEqualTo(-7);
        assertThat(solution.get("feasible").asBoolean()).isFalse();
        Map<String, Long> rows = new HashMap<>();
        solution.get("constraints")
                .forEach(row ->
                        rows.put(row.get("id").asString(), row.get("score").asLong()));
        assertThat(rows)
                .containsEntry("space-capacity", -30L)
                .containsEntry("space-conflict", -120L)
                .containsEntry("delegation-clash", -30L)
                .containsEntry("travel-time", -18L)
                .containsEntry("security-grade", -5L)
                .containsEntry("space-availability", -150L)
                .containsEntry("event-window", -150L)
                .containsEntry("required-features", -1L)
                .containsEntry("excluded-space", 0L)
                .containsEntry("delegation-separation", -60L)
                .containsEntry("event-order", -30L)
                .containsEntry("unscheduled-event", -7L);
        assertThat(rows).hasSize(22);
    }

    @Test
    void aSolutionThatDoesNotFitThePlanIsRefusedWithItsPath() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        String offGrain = new String(resource("/examples/hard-rules-solution.json"))
                .replace("\"2026-09-01T09:00\"", "\"2026-09-01T09:05\"");
        Api.Answer refused = officer.put(plan + "/solution", offGrain);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("assignments[0].start");
        assertThat(officer.get(plan + "/solution").json().get("assignments")).hasSize(1);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanSolutionIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
