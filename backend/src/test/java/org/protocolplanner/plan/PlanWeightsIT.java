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

/** A plan's soft weights: read with their defaults, changed with the plan's version, exported. */
@IntegrationTest
class PlanWeightsIT {

    @LocalServerPort
    int port;

    @Test
    void everySoftRuleHasAWeightThatAChangeSetsAndTheExportCarries() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        JsonNode weights = officer.get(plan + "/weights").json();
        assertThat(weights.get("weights")).hasSize(10);
        assertThat(byId(weights)).containsEntry("rank-prestige", 30).containsEntry("travel-burden", 1);

        Api.Answer changed = officer.put(
                plan + "/weights",
                Map.of(
                        "version",
                        weights.get("version").asLong(),
                        "weights",
                        Map.of("rank-prestige", 0, "travel-burden", 1000)));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(byId(changed.json()))
                .containsEntry("rank-prestige", 0)
                .containsEntry("travel-burden", 1000)
                .containsEntry("rest-gap", 2);
        JsonNode exported = officer.get(plan + "/export").json().get("constraintWeights");
        assertThat(exported.get("rank-prestige").asInt()).isZero();
        assertThat(exported.get("travel-burden").asInt()).isEqualTo(1000);
        assertThat(officer.get(plan).json().get("revision").asLong()).isPositive();

        Api.Answer stale = officer.put(
                plan + "/weights", Map.of("version", weights.get("version").asLong(), "weights", Map.of()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong())
                .isEqualTo(changed.json().get("version").asLong());
    }

    @Test
    void onlySoftRulesFromZeroToAThousandAreAccepted() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        long version = officer.get(plan + "/weights").json().get("version").asLong();
        Map<String, Object> hardRule = Map.of("version", version, "weights", Map.of("space-conflict", 5));
        Api.Answer refused = officer.put(plan + "/weights", hardRule);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("weights.space-conflict");

        Api.Answer tooHeavy =
                officer.put(plan + "/weights", Map.of("version", version, "weights", Map.of("rest-gap", 1001)));
        assertThat(tooHeavy.status()).isEqualTo(400);
        assertThat(tooHeavy.json().get("errors").get(0).get("path").asString()).isEqualTo("weights.rest-gap");
        assertThat(officer.put(plan + "/weights", Map.of("weights", Map.of())).status())
                .as("the version is required")
                .isEqualTo(400);
    }

    @Test
    void plannersMayNotReweightALivePlanAndManagersMayNotReadIt() throws IOException {
        String plan = importExample(Api.as(port, "officer"));
        Api planner = Api.as(port, "planner");
        long version = planner.get(plan + "/weights").json().get("version").asLong();
        assertThat(planner.put(plan + "/weights", Map.of("version", version, "weights", Map.of()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager").get(plan + "/weights").status()).isEqualTo(403);
    }

    private static Map<String, Integer> byId(JsonNode weights) {
        Map<String, Integer> result = new HashMap<>();
        weights.get("weights")
                .forEach(row -> result.put(
                        row.get("constraintId").asString(), row.get("weight").asInt()));
        return result;
    }

    private static String importExample(Api officer) throws IOException {
        try (InputStream in = PlanWeightsIT.class.getResourceAsStream("/examples/hard-rules-plan.json")) {
            return officer.post("/api/plans/import", in.readAllBytes()).header("Location");
        }
    }
}
