package org.protocolplanner.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.engagement.EngagementAssignmentIT.patch;
import static org.protocolplanner.engagement.EngagementAssignmentIT.version;
import static org.protocolplanner.engagement.EngagementAssignmentIT.workedExample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What-if scenarios on the worked example (two venues, ten engagements, the hand-counted assignment):
 * a copy that changes nothing of its live plan, a comparison whose figures are known, and adoption
 * accepted and refused.
 */
@IntegrationTest
class ScenarioIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changingAScenarioChangesNothingOfItsLivePlan() throws IOException {
        Api officer = Api.as(port, "officer");
        Api planner = Api.as(port, "planner");
        String live = workedExample(officer);
        JsonNode liveBefore = officer.get(live).json();
        String exportBefore = officer.get(live + "/export").text();
        String solutionBefore = officer.get(live + "/solution").text();

        Api.Answer created = planner.post(live + "/scenarios", Map.of("name", "Venue 1 closes"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String scenario = created.header("Location");
        JsonNode copy = created.json();
        assertThat(copy.get("kind").asString()).isEqualTo("SCENARIO");
        assertThat(copy.get("scenarioStatus").asString()).isEqualTo("DRAFT");
        assertThat(copy.get("originPlanId").asLong())
                .isEqualTo(liveBefore.get("id").asLong());
        assertThat(copy.get("originRevision").asLong())
                .isEqualTo(liveBefore.get("revision").asLong());
        assertThat(copy.get("engagementCount").asLong()).isEqualTo(10);
        assertThat(planner.get(scenario + "/solution").json().get("score"))
                .isEqualTo(officer.get(live + "/solution").json().get("score"));

        assertThat(patch(
                                planner,
                                scenario + "/engagements/E1/assignment",
                                "{\"spaceId\":\"S2\",\"start\":" + "\"2026-09-01T14:00\",\"version\":"
                                        + version(planner, scenario, "E1") + "}")
                        .status())
                .isEqualTo(200);
        assertThat(planner.post(
                                scenario + "/closures",
                                Map.of(
                                        "spaceId",
                                        "S1",
                                        "start",
                                        "2026-09-02T08:00",
                                        "end",
                                        "2026-09-02T20:00",
                                        "reason",
                                        "venue 1 closed"))
                        .status())
                .isEqualTo(201);
        assertThat(planner.put(
                                scenario + "/weights",
                                Map.of(
                                        "version",
                                        planner.get(scenario)
                                                .json()
                                                .get("version")
                                                .asLong(),
                                        "weights",
                                        Map.of("travel-burden", 7)))
                        .status())
                .isEqualTo(200);
        assertThat(planner.delete(scenario + "/engagements/E8").status()).isEqualTo(204);

        assertThat(officer.get(live + "/export").text()).isEqualTo(exportBefore);
        assertThat(officer.get(live + "/solution").text()).isEqualTo(solutionBefore);
        assertThat(officer.get(live).json().get("revision")).isEqualTo(liveBefore.get("revision"));
        assertThat(move(planner, live, "E3", "null", "null"))
                .as("planners do not move live engagements")
                .isEqualTo(403);
    }

    @Test
    void comparesMovedNewlyScheduledAndNewlyUnscheduledEngagementsWithBothPlansFigures() throws IOException {
        Api officer = Api.as(port, "officer");
        Api planner = Api.as(port, "planner");
        String live = workedExample(officer);
        String scenario = planner.post(live + "/scenarios", null).header("Location");

        move(planner, scenario, "E1", "\"S2\"", "\"2026-09-01T14:00\"");
        move(planner, scenario, "E2", "null", "null");
        move(planner, scenario, "E9", "\"S2\"", "\"2026-09-02T15:00\"");

        Api.Answer answer = planner.get(scenario + "/comparison");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode comparison = answer.json();
        assertThat(comparison.get("moved")).hasSize(1);
        JsonNode moved = comparison.get("moved").get(0);
        assertThat(moved.get("eventId").asString()).isEqualTo("E1");
        assertThat(moved.get("from").get("spaceId").asString()).isEqualTo("S1");
        assertThat(moved.get("from").get("venueId").asString()).isEqualTo("V1");
        assertThat(moved.get("from").get("start").asString()).startsWith("2026-09-01T09:00");
        assertThat(moved.get("to").get("spaceId").asString()).isEqualTo("S2");
        assertThat(moved.get("to").get("start").asString()).startsWith("2026-09-01T14:00");
        assertThat(ids(comparison.get("newlyScheduled"))).containsExactly("E9");
        assertThat(comparison
                        .get("newlyScheduled")
                        .get(0)
                        .get("place")
                        .get("start")
                        .asString())
                .startsWith("2026-09-02T15:00");
        assertThat(comparison.get("newlyScheduled").get(0).get("onlyInOnePlan").asBoolean())
                .isFalse();
        assertThat(ids(comparison.get("newlyUnscheduled"))).containsExactly("E2");
        assertThat(comparison
                        .get("newlyUnscheduled")
                        .get(0)
                        .get("place")
                        .get("spaceId")
                        .asString())
                .isEqualTo("S1");

        JsonNode liveSolution = officer.get(live + "/solution").json();
        JsonNode scenarioSolution = planner.get(scenario + "/solution").json();
        assertThat(comparison.get("origin").get("score")).isEqualTo(liveSolution.get("score"));
        assertThat(comparison.get("origin").get("score").get("hard").asLong()).isEqualTo(-594);
        assertThat(comparison.get("scenario").get("score")).isEqualTo(scenarioSolution.get("score"));
        assertThat(comparison.get("origin").get("kpis")).isEqualTo(liveSolution.get("kpis"));
        assertThat(comparison.get("scenario").get("kpis")).isEqualTo(scenarioSolution.get("kpis"));
        assertThat(comparison
                        .get("origin")
                        .get("kpis")
                        .get("unscheduled")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        assertThat(comparison
                        .get("scenario")
                        .get("kpis")
                        .get("unscheduled")
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        for (String level : List.of("hard", "medium", "soft")) {
            assertThat(comparison.get("scoreDifference").get(level).asLong())
                    .isEqualTo(scenarioSolution.get("score").get(level).asLong()
                            - liveSolution.get("score").get(level).asLong());
        }
        assertThat(comparison.get("originChangedSinceCopy").asBoolean()).isFalse();
    }

    @Test
    void anOfficerAdoptsAScenarioIntoTheLivePlanWhichLeavesItReadOnly() throws IOException {
        Api officer = Api.as(port, "officer");
        Api planner = Api.as(port, "planner");
        String live = workedExample(officer);
        long revisionBefore = officer.get(live).json().get("revision").asLong();
        String scenario = planner.post(live + "/scenarios", null).header("Location");
        move(planner, scenario, "E1", "\"S2\"", "\"2026-09-01T14:00\"");
        move(planner, scenario, "E2", "null", "null");
        assertThat(planner.put(
                                scenario + "/weights",
                                Map.of(
                                        "version",
                                        planner.get(scenario)
                                                .json()
                                                .get("version")
                                                .asLong(),
                                        "weights",
                                        Map.of("travel-burden", 7)))
                        .status())
                .isEqualTo(200);
        Api.Answer proposed = planner.post(scenario + "/propose", null);
        assertThat(proposed.json().get("scenarioStatus").asString()).isEqualTo("PROPOSED");
        assertThat(planner.post(scenario + "/adopt", null).status())
                .as("planners propose, officers adopt")
                .isEqualTo(403);

        Api.Answer adopted = officer.post(scenario + "/adopt", null);

        assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
        assertThat(adopted.json().get("scenario").get("scenarioStatus").asString())
                .isEqualTo("ADOPTED");
        assertThat(adopted.json().get("livePlan").get("revision").asLong()).isGreaterThan(revisionBefore);
        assertThat(officer.get(live + "/solution").json().get("assignments"))
                .isEqualTo(planner.get(scenario + "/solution").json().get("assignments"));
        assertThat(officer.get(live + "/weights").json().get("weights")).anySatisfy(row -> {
            assertThat(row.get("constraintId").asString()).isEqualTo("travel-burden");
            assertThat(row.get("weight").asInt()).isEqualTo(7);
        });
        assertThat(move(planner, scenario, "E3", "null", "null"))
                .as("an adopted scenario is read-only")
                .isEqualTo(409);
        assertThat(officer.post(scenario + "/adopt", null).status()).isEqualTo(409);
        assertThat(planner.post(scenario + "/propose", null).status()).isEqualTo(409);
    }

    @Test
    void adoptionIsRefusedListingWhatChangedInTheLivePlanSinceTheCopy() throws IOException {
        Api officer = Api.as(port, "officer");
        Api planner = Api.as(port, "planner");
        String live = workedExample(officer);
        String scenario = planner.post(live + "/scenarios", null).header("Location");
        move(planner, scenario, "E1", "\"S2\"", "\"2026-09-01T14:00\"");
        move(officer, live, "E3", "null", "null");
        assertThat(officer.post(
                                live + "/closures",
                                Map.of("spaceId", "S2", "start", "2026-09-02T06:00", "end", "2026-09-02T07:00"))
                        .status())
                .isEqualTo(201);
        String liveSolution = officer.get(live + "/solution").text();

        Api.Answer refused = officer.post(scenario + "/adopt", null);

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        List<String> changes = new ArrayList<>();
        refused.json()
                .get("changes")
                .forEach(change -> changes.add(change.get("item").asString() + " "
                        + (change.get("id").isNull() ? "-" : change.get("id").asString()) + " "
                        + change.get("change").asString()));
        assertThat(changes).containsExactly("engagement E3 unscheduled", "closure - 1 added");
        assertThat(officer.get(live + "/solution").text())
                .as("nothing of the scenario applied")
                .isEqualTo(liveSolution);
        assertThat(planner.get(scenario).json().get("scenarioStatus").asString())
                .isEqualTo("DRAFT");
        assertThat(planner.get(scenario + "/comparison")
                        .json()
                        .get("originChangedSinceCopy")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aLivePlansConfirmedBookingHeldByTheScenariosCopyDoesNotCloseTheSpaceToIt() throws IOException {
        Api officer = Api.as(port, "officer");
        String live = workedExample(officer);
        long livePlanId = officer.get(live).json().get("id").asLong();
        // E10 is pinned at S2 on 2 September 12:00 (Beijing) for 30 minutes: confirm its booking there.
        jdbc.update("""
                insert into booking (plan_id, engagement_id, space_id, status, starts_at, ends_at, busy_until)
                select plan_id, id, 'S2', 'CONFIRMED', timestamptz '2026-09-02 12:00+08', timestamptz '2026-09-02 12:30+08',
                       timestamptz '2026-09-02 12:30+08'
                from engagement where plan_id = ? and ref = 'E10'""", livePlanId);
        String scenario = officer.post(live + "/scenarios", null).header("Location");

        assertThat(derivedClosures(officer, live)).isZero();
        assertThat(derivedClosures(officer, scenario)).isZero();
        assertThat(move(officer, scenario, "E10", "\"S1\"", "\"2026-09-02T15:00\""))
                .isEqualTo(200);
        assertThat(derivedClosures(officer, scenario))
                .as("moved away, the booking closes S2 to the others")
                .isOne();
        jdbc.update("delete from booking where plan_id = ?", livePlanId);
    }

    @Test
    void onlyLivePlansAreCopiedAndOnlyScenariosCompared() throws IOException {
        Api officer = Api.as(port, "officer");
        String live = workedExample(officer);
        String scenario = officer.post(live + "/scenarios", null).header("Location");

        assertThat(officer.post(scenario + "/scenarios", null).status()).isEqualTo(409);
        assertThat(officer.get(live + "/comparison").status()).isEqualTo(409);
        assertThat(officer.post(live + "/propose", null).status()).isEqualTo(409);
        assertThat(officer.post(live + "/adopt", null).status()).isEqualTo(409);
        assertThat(Api.as(port, "manager").post(live + "/scenarios", null).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager").get(scenario + "/comparison").status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get(scenario + "/comparison").status()).isEqualTo(401);
        assertThat(officer.post("/api/plans/999999/scenarios", null).status()).isEqualTo(404);
        assertThat(officer.post(live + "/scenarios", Map.of("name", "x".repeat(201)))
                        .status())
                .isEqualTo(400);
    }

    private static int move(Api api, String plan, String eventId, String spaceId, String start) {
        return patch(
                        api,
                        plan + "/engagements/" + eventId + "/assignment",
                        "{\"spaceId\":" + spaceId + ",\"start\":" + start + ",\"version\":"
                                + version(api, plan, eventId) + "}")
                .status();
    }

    private static int derivedClosures(Api api, String plan) {
        int derived = 0;
        for (JsonNode closure : api.get(plan + "/export").json().path("closures")) {
            derived += closure.path("derived").asBoolean() ? 1 : 0;
        }
        return derived;
    }

    private static List<String> ids(JsonNode placed) {
        List<String> ids = new ArrayList<>();
        placed.forEach(item -> ids.add(item.get("eventId").asString()));
        return ids;
    }
}
