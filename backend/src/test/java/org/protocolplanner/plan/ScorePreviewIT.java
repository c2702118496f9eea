package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.plan.EngagementAssignmentIT.patch;
import static org.protocolplanner.plan.EngagementAssignmentIT.version;
import static org.protocolplanner.plan.EngagementAssignmentIT.workedExample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/plans/{id}/score-preview: the score of a move before it is saved. */
@IntegrationTest
class ScorePreviewIT {

    @LocalServerPort
    int port;

    @Test
    void previewsTheScoreThatSavingTheSameMoveGives() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer preview = officer.post(plan + "/score-preview",
                "{\"eventId\":\"E4\",\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\"}");

        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode previewed = preview.json();
        assertThat(previewed.get("current").get("hard").asLong()).isEqualTo(-594);
        assertThat(officer.get(plan + "/solution").json().get("score").get("hard").asLong())
                .as("nothing saved").isEqualTo(-594);
        assertThat(sentences(previewed.get("removed"))).contains("B delegation: t and t overlap by 30 minutes");
        JsonNode saved = patch(officer, plan + "/engagements/E4/assignment",
                "{\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:00\",\"version\":" + version(officer, plan, "E4") + "}")
                .json();
        assertThat(previewed.get("preview")).isEqualTo(saved.get("score"));
        assertThat(previewed.get("preview")).isEqualTo(officer.get(plan + "/solution").json().get("score"));
    }

    @Test
    void previewsLeavingAnEngagementOut() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        JsonNode previewed = officer.post(plan + "/score-preview", "{\"eventId\":\"E1\"}").json();

        assertThat(previewed.get("preview").get("medium").asLong()).isEqualTo(-7 - 1);
        assertThat(sentences(previewed.get("added"))).contains("t is unscheduled (priority 1)");
    }

    @Test
    void refusesAnUnknownEngagementOrAPlaceAPatchWouldRefuse() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = workedExample(officer);

        Api.Answer unknown = officer.post(plan + "/score-preview", "{\"eventId\":\"E99\"}");
        Api.Answer offGrain = officer.post(plan + "/score-preview",
                "{\"eventId\":\"E4\",\"spaceId\":\"S2\",\"start\":\"2026-09-01T15:10\"}");

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

        assertThat(Api.as(port, "planner").post(plan + "/score-preview", move).status()).isEqualTo(403);
        assertThat(Api.as(port, "manager").post(plan + "/score-preview", move).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").post(plan + "/score-preview", move).status()).isEqualTo(200);
    }

    private static List<String> sentences(JsonNode matches) {
        List<String> sentences = new ArrayList<>();
        matches.forEach(match -> sentences.add(match.get("sentence").asString()));
        return sentences;
    }
}
