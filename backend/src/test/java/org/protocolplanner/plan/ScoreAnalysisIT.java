package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.fixtures.CrowdedMorning;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/plans/{id}/score-analysis on the worked example and on a plan whose unscheduled talks are known. */
@IntegrationTest
class ScoreAnalysisIT {

    @LocalServerPort
    int port;

    @Test
    void explainsTheWorkedExampleRuleByRuleAsItsSolutionDocumentCountsIt() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");
        assertThat(officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"))
                        .status())
                .isEqualTo(200);

        Api.Answer answer = officer.get(plan + "/score-analysis");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode analysis = answer.json();
        assertThat(analysis.get("score").get("hard").asLong()).isEqualTo(-594);
        assertThat(analysis.get("score").get("medium").asLong()).isEqualTo(-7);
        JsonNode solution = officer.get(plan + "/solution").json();
        assertThat(rows(analysis.get("constraints"))).isEqualTo(rows(solution.get("constraints")));
        assertThat(sentences(analysis, "travel-time"))
                .containsExactly("A delegation: 18 minutes short of the 33 travel minutes from One to Two");
        assertThat(sentences(analysis, "space-capacity"))
                .containsExactly(
                        "t: 120 people in Hall at One, which seats 100 in theatre layout (20 over capacity)",
                        "t: Hall at One has no roundtable layout for its 10 people");
        JsonNode travel =
                constraint(analysis, "travel-time").get("explanations").get(0);
        assertThat(travel.get("parameters").get("delegationId").asString()).isEqualTo("D1");
        assertThat(travel.get("parameters").get("minutesShort").asInt()).isEqualTo(18);
        JsonNode e3 = engagement(analysis, "E3");
        List<String> e3Constraints = new ArrayList<>();
        e3.get("constraints").forEach(c -> e3Constraints.add(c.get("id").asString()));
        assertThat(e3Constraints).contains("travel-time", "security-grade", "required-features");
        assertThat(analysis.get("unscheduled")).hasSize(1);
        assertThat(analysis.get("unscheduled").get(0).get("id").asString()).isEqualTo("E9");
    }

    @Test
    void saysWhichRulesRuleOutThePlacesOfTheUnscheduledTalks() {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", new PlanDocumentWriter().write(CrowdedMorning.plan()))
                .header("Location");
        byte[] solution = new SolutionDocumentWriter()
                .write(new ScheduleScorer().score(CrowdedMorning.plan(), CrowdedMorning.placements()));
        assertThat(officer.put(plan + "/solution", solution).status()).isEqualTo(200);

        JsonNode analysis = officer.get(plan + "/score-analysis").json();

        assertThat(analysis.get("unscheduled")).hasSize(1);
        JsonNode talks = analysis.get("unscheduled").get(0);
        assertThat(talks.get("id").asString()).isEqualTo(CrowdedMorning.TALKS);
        assertThat(talks.get("candidates").asLong()).isEqualTo(12);
        Map<String, Long> removed = new HashMap<>();
        talks.get("ruledOut")
                .forEach(r -> removed.put(
                        r.get("constraint").asString(),
                        r.get("candidatesRemoved").asLong()));
        assertThat(removed)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "space-capacity",
                        4L,
                        "security-grade",
                        4L,
                        "event-window",
                        1L,
                        "space-conflict",
                        2L,
                        "delegation-clash",
                        1L));
        assertThat(talks.get("candidatesLeft").asLong()).isZero();
        assertThat(engagement(analysis, CrowdedMorning.TALKS).get("scheduled").asBoolean())
                .isFalse();
    }

    @Test
    void isReadByPlannersAndNotByVenueManagers() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"))
                .header("Location");

        assertThat(Api.as(port, "planner").get(plan + "/score-analysis").status())
                .isEqualTo(200);
        assertThat(Api.as(port, "manager").get(plan + "/score-analysis").status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get(plan + "/score-analysis").status()).isEqualTo(401);
        assertThat(officer.get("/api/plans/999999/score-analysis").status()).isEqualTo(404);
    }

    private static Map<String, List<Object>> rows(JsonNode constraints) {
        Map<String, List<Object>> rows = new HashMap<>();
        constraints.forEach(row -> rows.put(
                row.get("id").asString(),
                List.of(
                        row.get("level").asString(),
                        row.get("matches").asInt(),
                        row.get("score").asLong())));
        return rows;
    }

    private static JsonNode constraint(JsonNode analysis, String id) {
        for (JsonNode row : analysis.get("constraints")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no constraint " + id);
    }

    private static JsonNode engagement(JsonNode analysis, String id) {
        for (JsonNode engagement : analysis.get("engagements")) {
            if (engagement.get("id").asString().equals(id)) {
                return engagement;
            }
        }
        throw new AssertionError("no engagement " + id);
    }

    private static List<String> sentences(JsonNode analysis, String constraint) {
        List<String> sentences = new ArrayList<>();
        constraint(analysis, constraint)
                .get("explanations")
                .forEach(m -> sentences.add(m.get("sentence").asString()));
        return sentences;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ScoreAnalysisIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
