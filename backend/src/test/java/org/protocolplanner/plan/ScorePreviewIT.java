package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.engagement.EngagementAssignmentIT.patch;
import static org.protocolplanner.engagement.EngagementAssignmentIT.version;
import static org.protocolplanner.engagement.EngagementAssignmentIT.workedExample;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** POST /api/plans/{id}/score-preview: the score of a move before it is saved. */
@IntegrationTest
class ScorePreviewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewsTheScoreThatSavingTheSameMoveGives() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer preview = officer.post(
                plan + "/score-preview", "{\"eventId\":\"E4\",\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\"}");

        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode previewed = preview.json();
        assertThat(previewed.get("current").get("hard").asLong()).isEqualTo(-594);
        assertThat(officer.get(plan + "/solution")
                        .json()
                        .get("score")
                        .get("hard")
                        .asLong())
                .as("nothing saved")
                .isEqualTo(-594);
        assertThat(sentences(previewed.get("removed"))).contains("B delegation: t and t overlap by 30 minutes");
        JsonNode saved = patch(
                        officer,
                        plan + "/engagements/E4/assignment",
                        "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":" + version(officer, plan, "E4")
                                + "}")
                .json();
        assertThat(previewed.get("preview")).isEqualTo(saved.get("score"));
        assertThat(previewed.get("preview"))
                .isEqualTo(officer.get(plan + "/solution").json().get("score"));
    }

    @Test
    void previewsLeavingAnEngagementOut() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        JsonNode previewed =
                officer.post(plan + "/score-preview", "{\"eventId\":\"E1\"}").json();

        assertThat(previewed.get("preview").get("medium").asLong()).isEqualTo(-7 - 1);
        assertThat(sentences(previewed.get("added"))).contains("t is unscheduled (priority 1)");
    }

    @Test
    void refusesAnUnknownEngagementOrAPlaceAPatchWouldRefuse() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer unknown = officer.post(plan + "/score-preview", "{\"eventId\":\"E99\"}");
        Api.Answer offGrain = officer.post(
                plan + "/score-preview", "{\"eventId\":\"E4\",\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:10\"}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("path").asString()).isEqualTo("eventId");
        assertThat(offGrain.status()).isEqualTo(400);
        assertThat(offGrain.json().get("errors").get(0).get("path").asString()).isEqualTo("start");
    }

    @Test
    void isForThoseWhoMayMoveEngagementsOfThePlan() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);
        String move = "{\"eventId\":\"E4\",\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\"}";

        assertThat(Api.as(port, "planner").post(plan + "/score-preview", move).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager").post(plan + "/score-preview", move).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "admin").post(plan + "/score-preview", move).status())
                .isEqualTo(200);
    }

    @Test
    void previewsMovesOnTheDemoSummitWithoutChangingIt() {
        Api officer = Api.as(port, "officer");
        long demoPlan = jdbc.queryForObject("select min(id) from plan where created_by = 'demo'", Long.class);
        String plan = "/api/plans/" + demoPlan;
        JsonNode document = officer.get(plan + "/export").json();
        JsonNode before = officer.get(plan + "/solution").json().get("score");
        String eventId = document.get("events").get(0).get("id").asString();
        String spaceId =
                document.get("venues").get(0).get("spaces").get(0).get("id").asString();
        LocalDateTime day = LocalDateTime.parse(
                        document.get("horizon").get("start").asString())
                .plusDays(2);

        long[] millis = new long[6];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            Api.Answer preview = officer.post(
                    plan + "/score-preview",
                    "{\"eventId\":\"" + eventId + "\",\"spaceId\":\"" + spaceId + "\",\"start\":\""
                            + day.plusHours(8 + i) + "\"}");
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(preview.status()).as(preview.text()).isEqualTo(200);
            assertThat(preview.json().get("current")).isEqualTo(before);
        }
        assertThat(officer.get(plan + "/solution").json().get("score")).isEqualTo(before);
        // Printed for docs/benchmarks.md (the first builds the draft); timing is not asserted on shared machines.
        System.out.println("score preview over HTTP on the demo summit, ms: " + Arrays.toString(millis));
    }

    private static List<String> sentences(JsonNode matches) {
        List<String> sentences = new ArrayList<>();
        matches.forEach(match -> sentences.add(match.get("sentence").asString()));
        return sentences;
    }
}
