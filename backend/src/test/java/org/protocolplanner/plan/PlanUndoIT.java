package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.engagement.EngagementAssignmentIT.patch;
import static org.protocolplanner.engagement.EngagementAssignmentIT.version;
import static org.protocolplanner.engagement.EngagementAssignmentIT.workedExample;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A solution's import previewed before it is applied, and one's last move, pin or import taken back while nothing
 * else changed the plan.
 */
@IntegrationTest
class PlanUndoIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Test
    void aPreviewTellsWhatTheImportWouldChangeAndChangesNothing() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        JsonNode before = officer.get(plan + "/solution").json();

        Api.Answer previewed = officer.post(plan + "/solution/preview", resource("/examples/hard-rules-solution.json"));

        assertThat(previewed.status()).as(previewed.text()).isEqualTo(200);
        JsonNode preview = previewed.json();
        assertThat(preview.get("scoreBefore")).isEqualTo(before.get("score"));
        assertThat(preview.get("scoreAfter").get("hard").asLong()).isEqualTo(-594);
        assertThat(preview.get("feasibleAfter").asBoolean()).isFalse();
        assertThat(preview.get("newlyScheduled").size() + preview.get("moved").size())
                .isPositive();
        assertThat(preview.get("hardRulesBroken")).anySatisfy(row -> {
            assertThat(row.get("id").asString()).isEqualTo("space-conflict");
            assertThat(row.get("score").asLong()).isEqualTo(-120);
        });
        assertThat(officer.get(plan + "/solution").json()).isEqualTo(before);

        Api.Answer applied = officer.put(
                plan + "/solution?revision=" + preview.get("revision"), resource("/examples/hard-rules-solution.json"));
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("score")).isEqualTo(preview.get("scoreAfter"));
    }

    @Test
    void anImportPreviewedOnAnOlderRevisionIsRefused() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long revision = officer.post(plan + "/solution/preview", resource("/examples/hard-rules-solution.json"))
                .json()
                .get("revision")
                .asLong();
        assertThat(patch(
                                officer,
                                plan + "/engagements/E4/assignment",
                                "{\"spaceId\":null,\"start\":null,\"version\":" + version(officer, plan, "E4") + "}")
                        .status())
                .isEqualTo(200);

        Api.Answer refused =
                officer.put(plan + "/solution?revision=" + revision, resource("/examples/hard-rules-solution.json"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("currentRevision").asLong()).isGreaterThan(revision);
    }

    @Test
    void aBadDocumentIsRefusedByThePreviewWithItsPath() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        String offGrain = new String(resource("/examples/hard-rules-solution.json"))
                .replace("\"2026-09-01T09:00\"", "\"2026-09-01T09:05\"");

        Api.Answer refused = officer.post(plan + "/solution/preview", offGrain);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("assignments[0].start");
    }

    @Test
    void anUndoneImportRestoresThePlacesBeforeExactly() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        JsonNode before = officer.get(plan + "/solution").json();
        assertThat(officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"))
                        .status())
                .isEqualTo(200);

        JsonNode offered = officer.get(plan + "/undo").json();
        assertThat(offered.get("kind").asString()).isEqualTo("IMPORT");
        Api.Answer undone = officer.post(plan + "/undo", Map.of("step", offered.get("step")));

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        JsonNode after = officer.get(plan + "/solution").json();
        assertThat(after.get("assignments")).isEqualTo(before.get("assignments"));
        assertThat(after.get("unassigned")).isEqualTo(before.get("unassigned"));
        assertThat(after.get("score")).isEqualTo(before.get("score"));
        assertThat(officer.get(plan + "/undo").status()).isEqualTo(404);
    }

    @Test
    void aMoveAndAPinAreUndoneToWhereTheEngagementWas() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        JsonNode before = officer.get(plan + "/engagements/E4").json();
        assertThat(patch(
                                officer,
                                plan + "/engagements/E4/assignment",
                                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":"
                                        + version(officer, plan, "E4") + "}")
                        .status())
                .isEqualTo(200);
        JsonNode move = officer.get(plan + "/undo").json();
        assertThat(move.get("kind").asString()).isEqualTo("MOVE");
        assertThat(move.get("items")).extracting(JsonNode::asString).containsExactly("E4");

        assertThat(officer.post(plan + "/undo", Map.of("step", move.get("step")))
                        .status())
                .isEqualTo(200);
        JsonNode back = officer.get(plan + "/engagements/E4").json();
        assertThat(back.get("assignment")).isEqualTo(before.get("assignment"));

        JsonNode place = back.get("assignment");
        assertThat(patch(
                                officer,
                                plan + "/engagements/E4/assignment",
                                "{\"spaceId\":\"" + place.get("spaceId").asString() + "\",\"start\":\""
                                        + place.get("start").asString() + "\",\"pinned\":true,\"version\":"
                                        + version(officer, plan, "E4") + "}")
                        .status())
                .isEqualTo(200);
        JsonNode pin = officer.get(plan + "/undo").json();
        assertThat(pin.get("kind").asString()).isEqualTo("PIN");
        assertThat(officer.post(plan + "/undo", Map.of("step", pin.get("step"))).status())
                .isEqualTo(200);
        assertThat(officer.get(plan + "/engagements/E4").json().get("pinned").isNull())
                .isTrue();
    }

    @Test
    void anUndoAfterSomeoneElseChangedThePlanIsRefused() throws IOException {
        Api officer = Api.as(port, "officer");
        Api admin = Api.as(port, "admin");
        String plan = workedExample(officer);
        assertThat(patch(
                                officer,
                                plan + "/engagements/E4/assignment",
                                "{\"spaceId\":null,\"start\":null,\"version\":" + version(officer, plan, "E4") + "}")
                        .status())
                .isEqualTo(200);
        long step = officer.get(plan + "/undo").json().get("step").asLong();
        assertThat(patch(
                                admin,
                                plan + "/engagements/E1/assignment",
                                "{\"spaceId\":null,\"start\":null,\"version\":" + version(admin, plan, "E1") + "}")
                        .status())
                .isEqualTo(200);

        Api.Answer refused = officer.post(plan + "/undo", Map.of("step", step));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("has changed since");
        assertThat(officer.get(plan + "/engagements/E4")
                        .json()
                        .get("assignment")
                        .isNull())
                .isTrue();
    }

    @Test
    void aChangeIsUndoneOnlyWithinItsWindow() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long step = officer.get(plan + "/undo").json().get("step").asLong();
        try {
            clock.moveForward(Duration.ofMinutes(11));

            assertThat(officer.get(plan + "/undo").status()).isEqualTo(404);
            Api.Answer refused = officer.post(plan + "/undo", Map.of("step", step));
            assertThat(refused.status()).as(refused.text()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("more than 10 minutes ago");
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUndoNamesTheStepItTakesBack() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer refused = officer.post(plan + "/undo", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("step");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanUndoIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
