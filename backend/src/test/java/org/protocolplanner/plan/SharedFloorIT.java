package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A plan with a divisible hall (docs/reference/exchange-format.md, space {@code parts}) through the database:
 * imported, stored in the catalogue, exported with its parts, and scored across the spaces that share
 * floor. Each test has venues of its own, so that no other test's import makes them catalogue venues.
 */
@IntegrationTest
class SharedFloorIT {

    /**
     * Hall AB (30 minutes of turnover) is made of halls A and B; A is blacked out 11:00-12:00. Pinned:
     * E1 in AB at 09:00 (busy to 10:30), E2 in A at 09:30 and E3 in B at 09:00 (60 minutes of conflict
     * each with E1, none with each other), E4 in AB at 11:00, in A's blackout for 60 minutes.
     */
    private static final String PLAN = """
            {"format": "protocol-planner/plan", "version": 1, "name": "Divided hall",
             "horizon": {"start": "2027-03-01T00:00", "end": "2027-03-02T00:00"},
             "venues": [{"id": "%1$s", "name": "Divided venue", "lat": 39.9, "lon": 116.4,
                         "spaces": [
                           {"id": "%1$s-ab", "name": "Hall AB", "capacity": {"THEATRE": 200}, "turnoverMinutes": 30,
                            "parts": ["%1$s-a", "%1$s-b"]},
                           {"id": "%1$s-a", "name": "Hall A", "capacity": {"THEATRE": 100},
                            "blackouts": [{"start": "2027-03-01T11:00", "end": "2027-03-01T12:00", "reason": "works"}]},
                           {"id": "%1$s-b", "name": "Hall B", "capacity": {"THEATRE": 100}}]}],
             "delegations": [],
             "events": [
               {"id": "E1", "title": "Plenary", "type": "PLENARY", "headcount": 150, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "%1$s-ab", "start": "2027-03-01T09:00"}},
               {"id": "E2", "title": "Briefing A", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "%1$s-a", "start": "2027-03-01T09:30"}},
               {"id": "E3", "title": "Briefing B", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "%1$s-b", "start": "2027-03-01T09:00"}},
               {"id": "E4", "title": "Reception", "type": "RECEPTION", "headcount": 150, "layout": "THEATRE",
                "durationMinutes": 60, "pinned": {"spaceId": "%1$s-ab", "start": "2027-03-01T11:00"}}]}
            """;

    @LocalServerPort
    int port;

    @Test
    void importsAndExportsAHallWithItsPartsAndScoresThemAsSharingFloor() {
        Api officer = Api.as(port, "officer");
        String venue = "share-floor-round-trip";

        Api.Answer imported = officer.post("/api/plans/import", PLAN.formatted(venue));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");
        Api.Answer export = officer.get(plan + "/export");
        JsonNode spaces = export.json().get("venues").get(0).get("spaces");
        assertThat(strings(spaces.get(0).get("parts"))).containsExactly(venue + "-a", venue + "-b");
        assertThat(spaces.get(1).has("parts")).isFalse();

        Api.Answer secondImport = officer.post("/api/plans/import", export.body());
        assertThat(secondImport.status()).isEqualTo(201);
        assertThat(secondImport.json().get("differences")).isEmpty();
        assertThat(officer.get(secondImport.header("Location") + "/export").body())
                .isEqualTo(export.body());
        assertThat(strings(officer.get("/api/venues/" + venue)
                        .json()
                        .get("spaces")
                        .get(0)
                        .get("parts")))
                .containsExactly(venue + "-a", venue + "-b");

        JsonNode analysis = officer.get(plan + "/score-analysis").json();
        JsonNode conflict = constraint(analysis, "space-conflict");
        assertThat(conflict.get("score").asLong()).isEqualTo(-120);
        assertThat(conflict.get("matches").asInt()).isEqualTo(2);
        JsonNode match = conflict.get("explanations").get(0);
        assertThat(match.get("parameters").get("spaceId").asString()).isEqualTo(venue + "-ab");
        assertThat(match.get("parameters").get("secondSpaceId").asString()).startsWith(venue + "-");
        assertThat(match.get("sentence").asString()).contains("which share floor");
        assertThat(constraint(analysis, "space-availability").get("score").asLong())
                .isEqualTo(-60);
        assertThat(analysis.get("score").get("hard").asLong()).isEqualTo(-180);
    }

    /**
     * The solver reads the plan from the database: a plenary that only hall AB seats and two briefings
     * for halls A and B, all held to 09:00-10:00. Placed together they would share floor, so the
     * weightier plenary goes alone and the briefings stay out; a solver blind to parts would place all
     * three, and the saved solution would then score -120 hard.
     */
    @Test
    void theSolverKeepsEngagementsOffSharedFloor() {
        Api officer = Api.as(port, "officer");
        String venue = "share-floor-solve";
        String document = """
                {"format": "protocol-planner/plan", "version": 1, "name": "Divided hall, to solve",
                 "horizon": {"start": "2027-03-01T00:00", "end": "2027-03-02T00:00"},
                 "venues": [{"id": "%1$s", "name": "Divided venue", "lat": 39.9, "lon": 116.4,
                             "spaces": [
                               {"id": "%1$s-ab", "name": "Hall AB", "capacity": {"THEATRE": 200},
                                "parts": ["%1$s-a", "%1$s-b"]},
                               {"id": "%1$s-a", "name": "Hall A", "capacity": {"THEATRE": 100}},
                               {"id": "%1$s-b", "name": "Hall B", "capacity": {"THEATRE": 100}}]}],
                 "events": [
                   {"id": "E1", "title": "Plenary", "type": "PLENARY", "headcount": 150, "layout": "THEATRE",
                    "durationMinutes": 60, "priority": 10,
                    "earliestStart": "2027-03-01T09:00", "latestEnd": "2027-03-01T10:00"},
                   {"id": "E2", "title": "Briefing A", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                    "durationMinutes": 60, "earliestStart": "2027-03-01T09:00", "latestEnd": "2027-03-01T10:00"},
                   {"id": "E3", "title": "Briefing B", "type": "BRIEFING", "headcount": 50, "layout": "THEATRE",
                    "durationMinutes": 60, "earliestStart": "2027-03-01T09:00", "latestEnd": "2027-03-01T10:00"}]}
                """.formatted(venue);
        Api.Answer imported = officer.post("/api/plans/import", document);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");

        Api.Answer started = officer.post(plan + "/solve", Map.of("timeLimitSeconds", 2));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> officer.get(plan + "/solve").json().get("state").asString(), "FINISHED"::equals);

        JsonNode solution = officer.get(plan + "/solution").json();
        assertThat(solution.get("score").get("hard").asLong()).isZero();
        assertThat(solution.get("assignments")).singleElement().satisfies(assignment -> {
            assertThat(assignment.get("eventId").asString()).isEqualTo("E1");
            assertThat(assignment.get("spaceId").asString()).isEqualTo(venue + "-ab");
        });
        assertThat(strings(solution.get("unassigned"))).containsExactly("E2", "E3");
    }

    @Test
    void refusesANewSpaceMadeOfACatalogueSpaceThatHasParts() {
        Api officer = Api.as(port, "officer");
        String venue = "share-floor-catalogue";
        assertThat(officer.post("/api/plans/import", PLAN.formatted(venue)).status())
                .isEqualTo(201);
        // The same venue again: AB without parts here (the catalogue keeps its own), and a new hall made of
        // A and AB, which is well-formed as a document but would make AB a part with parts in the catalogue.
        String plan = """
                {"format": "protocol-planner/plan", "version": 1, "name": "Divided hall, divided again",
                 "horizon": {"start": "2027-03-01T00:00", "end": "2027-03-02T00:00"},
                 "venues": [{"id": "%1$s", "name": "Divided venue", "lat": 39.9, "lon": 116.4,
                             "spaces": [
                               {"id": "%1$s-ab", "name": "Hall AB", "capacity": {"THEATRE": 200}},
                               {"id": "%1$s-a", "name": "Hall A", "capacity": {"THEATRE": 100}},
                               {"id": "%1$s-b", "name": "Hall B", "capacity": {"THEATRE": 100}},
                               {"id": "%1$s-abc", "name": "Hall ABC", "capacity": {},
                                "parts": ["%1$s-a", "%1$s-ab"]}]}],
                 "events": []}
                """.formatted(venue);

        Api.Answer refused = officer.post("/api/plans/import", plan);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("venues[0].spaces[3].parts[1]");
        assertThat(error.get("message").asString()).contains("has parts in catalogue venue");
    }

    @Test
    void deletingAPartTakesItOutOfTheHallsItWasPartOf() {
        Api officer = Api.as(port, "officer");
        String venue = "share-floor-delete";
        // No engagement pinned in B, which would keep B from being deleted.
        String plan = PLAN.replace("\"spaceId\": \"%1$s-b\"", "\"spaceId\": \"%1$s-a\"")
                .formatted(venue);
        assertThat(officer.post("/api/plans/import", plan).status()).isEqualTo(201);

        Api.Answer deleted = officer.delete("/api/venues/" + venue + "/spaces/" + venue + "-b");

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(strings(deleted.json().get("spaces").get(0).get("parts"))).containsExactly(venue + "-a");
        assertThat(strings(officer.get("/api/venues/" + venue)
                        .json()
                        .get("spaces")
                        .get(0)
                        .get("parts")))
                .containsExactly(venue + "-a");
    }

    private static JsonNode constraint(JsonNode analysis, String id) {
        for (JsonNode row : analysis.get("constraints")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no constraint " + id);
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asString()));
        return values;
    }
}
