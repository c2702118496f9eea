package org.protocolplanner.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** PATCH /api/plans/{id}/engagements/{eventId}/assignment: moving, pinning and unpinning by hand. */
@IntegrationTest
public class EngagementAssignmentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void movesAnEngagementAndAnswersItsNewVersionAndThePlansNewScore() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long version = version(officer, plan, "E4");

        Api.Answer moved = patch(
                officer,
                plan + "/engagements/E4/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":" + version + "}");

        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        JsonNode engagement = moved.json().get("engagement");
        assertThat(engagement.get("assignment").get("spaceId").asString()).isEqualTo("S2");
        assertThat(engagement.get("assignment").get("start").asString()).startsWith("2026-09-01T15:00");
        assertThat(engagement.get("pinned").isNull()).isTrue();
        assertThat(engagement.get("version").asLong()).isEqualTo(version + 1);
        JsonNode solution = officer.get(plan + "/solution").json();
        assertThat(moved.json().get("score")).isEqualTo(solution.get("score"));
        assertThat(solution.get("score").get("hard").asLong()).isGreaterThan(-594);
    }

    @Test
    void movesOneAfterAnotherAnswerTheScoreOfTheWholePlanScoredAfresh() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        // A preview keeps the plan's draft; each move then rescores only what it touches in that draft.
        assertThat(officer.post(plan + "/score-preview", "{\"eventId\":\"E1\"}").status())
                .isEqualTo(200);
        String[] moves = {
            "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\"", // E4 into a conflict
            "{\"spaceId\":\"S1\",\"start\":\"2026-09-01T09:00\"",
            "{\"spaceId\":null,\"start\":null", // unscheduled
            "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T11:00\""
        };
        for (String move : moves) {
            Api.Answer moved = patch(
                    officer,
                    plan + "/engagements/E4/assignment",
                    move + ",\"version\":" + version(officer, plan, "E4") + "}");

            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
            assertThat(moved.json().get("score"))
                    .as(move)
                    .isEqualTo(officer.get(plan + "/solution").json().get("score"));
        }
    }

    @Test
    void aMoveAfterAnotherInstancesMovesAnswersTheScoreOfTheWholePlanScoredAfresh() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        // This instance keeps the plan's draft.
        assertThat(officer.post(plan + "/score-preview", "{\"eventId\":\"E1\"}").status())
                .isEqualTo(200);
        // Another instance moves two engagements, into a clash and out of the schedule, as it commits them:
        // the places and the plan's revision, its problem revision untouched. This instance's draft is now
        // behind, and is brought up to date from the saved places.
        jdbc.update(
                "update engagement set assigned_space_id = 'S2', assigned_start = '2026-09-01 15:00',"
                        + " version = version + 1 where plan_id = ? and ref = 'E1'",
                planId);
        jdbc.update(
                "update engagement set assigned_space_id = null, assigned_start = null, version = version + 1"
                        + " where plan_id = ? and ref = 'E2'",
                planId);
        jdbc.update("update plan set revision = revision + 2 where id = ?", planId);

        Api.Answer moved = patch(
                officer,
                plan + "/engagements/E4/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":" + version(officer, plan, "E4") + "}");

        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        JsonNode afresh = officer.get(plan + "/solution").json().get("score");
        assertThat(moved.json().get("score")).isEqualTo(afresh);
        assertThat(officer.get(plan + "/score-analysis").json().get("score")).isEqualTo(afresh);
        // The three moves together break more hard rules than the worked example's solution does.
        assertThat(afresh.get("hard").asLong()).isLessThan(0);
    }

    @Test
    void officersMovingDifferentEngagementsOfOnePlanAtOnceAreAllAnswered() throws Exception {
        Api officer = Api.signedIn(port, "officer");
        String plan = workedExample(officer);
        List<String> events = List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8");
        Map<String, Long> versions = new HashMap<>();
        events.forEach(event -> versions.put(event, version(officer, plan, event)));
        CyclicBarrier together = new CyclicBarrier(events.size());
        ExecutorService officers = Executors.newFixedThreadPool(events.size());
        try {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (String event : events) {
                Api own = Api.signedIn(port, "officer");
                answers.add(officers.submit(() -> {
                    together.await();
                    return patch(
                            own,
                            plan + "/engagements/" + event + "/assignment",
                            "{\"spaceId\":null,\"start\":null,\"version\":" + versions.get(event) + "}");
                }));
            }
            for (Future<Api.Answer> answer : answers) {
                // Each waits for the plan while another changes it, none is told someone else changed it.
                assertThat(answer.get().status()).as(answer.get().text()).isEqualTo(200);
            }
        } finally {
            officers.shutdownNow();
        }
        assertThat(officer.get(plan + "/solution").json().get("assignments").findValuesAsString("eventId"))
                .containsExactly("E10");
    }

    @Test
    void pinsWhereItPutsAndUnpinsAnEngagement() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer pinned = patch(
                officer,
                plan + "/engagements/E9/assignment",
                "{\"spaceId\":\"S1\",\"start\":\"2026-09-02T14:00\",\"pinned\":true,\"version\":"
                        + version(officer, plan, "E9") + "}");
        Api.Answer unpinned = patch(
                officer,
                plan + "/engagements/E10/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-02T12:00\",\"pinned\":false,\"version\":"
                        + version(officer, plan, "E10") + "}");
        Api.Answer cleared = patch(
                officer,
                plan + "/engagements/E1/assignment",
                "{\"spaceId\":null,\"start\":null,\"version\":" + version(officer, plan, "E1") + "}");

        assertThat(pinned.status()).as(pinned.text()).isEqualTo(200);
        assertThat(pinned.json().get("engagement").get("pinned").get("spaceId").asString())
                .isEqualTo("S1");
        assertThat(pinned.json()
                        .get("engagement")
                        .get("assignment")
                        .get("spaceId")
                        .asString())
                .isEqualTo("S1");
        assertThat(unpinned.json().get("engagement").get("pinned").isNull()).isTrue();
        assertThat(unpinned.json()
                        .get("engagement")
                        .get("assignment")
                        .get("spaceId")
                        .asString())
                .isEqualTo("S2");
        assertThat(cleared.json().get("engagement").get("assignment").isNull()).isTrue();
        JsonNode events = officer.get(plan + "/export").json().get("events");
        assertThat(event(events, "E9").get("pinned").get("start").asString()).isEqualTo("2026-09-02T14:00");
        assertThat(event(events, "E10").has("pinned"))
                .as("unpinned in the problem document too")
                .isFalse();
    }

    @Test
    void answersAStaleVersionWithTheCurrentOne() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long version = version(officer, plan, "E4");
        patch(
                officer,
                plan + "/engagements/E4/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":" + version + "}");

        Api.Answer stale = patch(
                officer,
                plan + "/engagements/E4/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T16:00\",\"version\":" + version + "}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesABadPlaceWithThePathOfTheField() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        long version = version(officer, plan, "E9");
        String path = plan + "/engagements/E9/assignment";

        assertThat(errorPath(patch(
                        officer,
                        path,
                        "{\"spaceId\":\"nowhere\",\"start\":\"2026-09-01T15:00\"," + "\"version\":" + version + "}")))
                .isEqualTo("spaceId");
        assertThat(errorPath(patch(
                        officer,
                        path,
                        "{\"spaceId\":\"S1\",\"start\":\"2026-09-01T15:05\"," + "\"version\":" + version + "}")))
                .isEqualTo("start");
        assertThat(errorPath(patch(
                        officer,
                        path,
                        "{\"spaceId\":\"S1\",\"start\":\"2026-09-03T00:00\"," + "\"version\":" + version + "}")))
                .isEqualTo("start");
        assertThat(errorPath(patch(officer, path, "{\"spaceId\":\"S1\",\"version\":" + version + "}")))
                .isEqualTo("start");
        assertThat(errorPath(patch(officer, path, "{\"pinned\":true,\"version\":" + version + "}")))
                .isEqualTo("pinned");
        assertThat(errorPath(patch(officer, path, "{\"spaceId\":\"S1\",\"start\":\"2026-09-01T15:00\"}")))
                .isEqualTo("version");
        assertThat(errorPath(patch(officer, path, "{\"spaceId\":\"S1\",\"start\":\"soon\",\"version\":1}")))
                .isEqualTo("start");
        assertThat(version(officer, plan, "E9")).as("nothing was saved").isEqualTo(version);
    }

    @Test
    void letsOfficersAndAdministratorsMoveOnALivePlanAndNoOneElse() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        String path = plan + "/engagements/E9/assignment";
        String body =
                "{\"spaceId\":\"S1\",\"start\":\"2026-09-01T15:00\",\"version\":" + version(officer, plan, "E9") + "}";

        assertThat(patch(Api.as(port, "planner"), path, body).status()).isEqualTo(403);
        assertThat(patch(Api.as(port, "manager"), path, body).status()).isEqualTo(403);
        assertThat(patch(officer, plan + "/engagements/E99/assignment", body).status())
                .isEqualTo(404);
        assertThat(patch(Api.as(port, "admin"), path, body).status()).isEqualTo(200);
    }

    public static Api.Answer patch(Api api, String path, String json) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static String workedExample(Api officer) throws IOException {
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        assertThat(officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"))
                        .status())
                .isEqualTo(200);
        return plan;
    }

    public static long version(Api api, String plan, String eventId) {
        return api.get(plan + "/engagements/" + eventId).json().get("version").asLong();
    }

    private static JsonNode event(JsonNode events, String id) {
        for (JsonNode event : events) {
            if (event.get("id").asString().equals(id)) {
                return event;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private static String errorPath(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        return answer.json().get("errors").get(0).get("path").asString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EngagementAssignmentIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
