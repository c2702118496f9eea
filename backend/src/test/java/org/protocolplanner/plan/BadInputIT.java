package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.protocolplanner.planning.fixtures.PlanDocumentFixtures;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input a probe of the running product answered 500 or 409: each is now 400 with the path of what is
 * wrong, and imports of one new venue at once both succeed.
 */
@IntegrationTest
class BadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIdThatIsAListOrAVersionBeyondSixtyFourBitsIs400() {
        Api officer = Api.as(port, "officer");
        String plan = officer.post("/api/plans", """
                {"name": "Odd values", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00"}""").header("Location");
        assertThat(officer.post(plan + "/delegations", """
                {"id": "del-ke", "name": "Kenya", "headRank": "HEAD_OF_STATE", "size": 20,
                 "arrival": "2027-05-10T08:00", "departure": "2027-05-11T20:00"}""").status()).isEqualTo(201);
        String delegation = """
                {"id": %s, "name": "Kenya", "headRank": "HEAD_OF_STATE", "size": 20,
                 "arrival": "2027-05-10T08:00", "departure": "2027-05-11T20:00", "version": %s}""";

        assertBadRequest(officer.put(plan + "/delegations/del-ke", delegation.formatted("[]", "0")), "id");
        assertBadRequest(officer.put(plan + "/delegations/del-ke", delegation.formatted("{}", "0")), "id");
        assertBadRequest(
                officer.put(
                        plan + "/delegations/del-ke",
                        delegation.formatted("\"del-ke\"", "123456789012345678901234567890")),
                "version");
        assertBadRequest(officer.post(plan + "/delegations", delegation.formatted("[]", "0")), "id");
        assertBadRequest(officer.put(plan, """
                {"name": "Odd values", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00",
                 "version": 123456789012345678901234567890}"""), "version");
        assertBadRequest(officer.put(plan, """
                {"name": "Odd values", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00",
                 "version": []}"""), "version");
        assertBadRequest(
                Api.as(port, "admin").post("/api/accounts/1/disable", "{\"version\": 123456789012345678901234567890}"),
                "version");
    }

    @Test
    void anUnknownSortPropertyIs400() {
        for (String list : List.of("/api/plans", "/api/notifications")) {
            assertBadRequest(Api.as(port, "officer").get(list + "?sort=noSuchProperty"), "sort");
            assertBadRequest(Api.as(port, "officer").get(list + "?sort=noSuchProperty,desc"), "sort");
        }
        for (String list :
                List.of("/api/venues", "/api/bookings", "/api/plans/1/delegations", "/api/plans/1/engagements")) {
            Api.Answer answer = Api.as(port, "officer").get(list + "?sort=noSuchProperty");
            assertThat(answer.status()).as(list + ": " + answer.text()).isIn(200, 400, 404);
        }
        assertThat(Api.as(port, "admin")
                        .get("/api/accounts?sort=noSuchProperty")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aHorizonLongerThanAYearIs400InTheSettingsAndOnImport() {
        Api officer = Api.as(port, "officer");
        assertBadRequest(officer.post("/api/plans", """
                {"name": "Two centuries", "horizonStart": "2027-01-01T00:00", "horizonEnd": "2227-01-01T00:00"}"""), "horizonEnd");
        assertBadRequest(officer.post("/api/plans", """
                {"name": "367 days", "horizonStart": "2027-01-01T00:00", "horizonEnd": "2028-01-03T00:00"}"""), "horizonEnd");
        assertThat(officer.post("/api/plans", """
                {"name": "366 days", "horizonStart": "2027-01-01T00:00", "horizonEnd": "2028-01-02T00:00"}""").status()).isEqualTo(201);

        ObjectNode document = document();
        ((ObjectNode) document.get("horizon")).put("end", "2226-09-03T00:00");
        assertBadRequest(officer.post("/api/plans/import", Api.json().writeValueAsBytes(document)), "horizon.end");
    }

    @Test
    void settingsThatDropAVenueTheEngagementsUseAre400NamingIt() {
        Api officer = Api.as(port, "officer");
        ObjectNode document = document();
        ((ObjectNode) document.get("events").get(0)).putArray("preferredSpaces").add("S1");
        Api.Answer imported = officer.post("/api/plans/import", Api.json().writeValueAsBytes(document));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");
        long version = officer.get(plan).json().get("version").asLong();
        String settings = """
                {"name": "Venues kept", "horizonStart": "2026-09-01T00:00", "horizonEnd": "2026-09-03T00:00",
                 %s "version": %d}""";

        Api.Answer withoutVenues = officer.put(plan, settings.formatted("", version));
        assertBadRequest(withoutVenues, "venueIds");
        assertThat(withoutVenues.json().get("errors").get(0).get("message").asString())
                .contains("V1");
        assertBadRequest(officer.put(plan, settings.formatted("\"venueIds\": [\"V2\"],", version)), "venueIds");
        assertThat(officer.put(plan, settings.formatted("\"venueIds\": [\"V1\", \"V2\"],", version))
                        .status())
                .isEqualTo(200);
        assertThat(officer.get(plan + "/solution").status()).isEqualTo(200);
    }

    @Test
    void aValueTheDatabaseCannotStoreIs400WithItsPathNot409() {
        ObjectNode document = document();
        ((ObjectNode) document.get("delegations").get(1)).put("name", "Null\u0000byte");
        Api.Answer answer =
                Api.as(port, "officer").post("/api/plans/import", Api.json().writeValueAsBytes(document));
        assertBadRequest(answer, "delegations[1].name");
    }

    @Test
    void concurrentImportsOfOneNewVenueBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String venue = "race-venue-" + round + "-" + System.nanoTime();
            ObjectNode document = document();
            renameVenue(document, "V1", "S1", venue, venue + "-hall");
            byte[] body = Api.json().writeValueAsBytes(document);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Api.Answer> answers = new ArrayList<>();
            try {
                List<Future<Api.Answer>> sent = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    sent.add(threads.submit(() -> {
                        start.await();
                        return Api.as(port, "officer").post("/api/plans/import", body);
                    }));
                }
                start.countDown();
                for (Future<Api.Answer> answer : sent) {
                    answers.add(answer.get());
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.status()).as(answer.text()).isEqualTo(201));
            assertThat(jdbc.queryForObject("select count(*) from venue where id = ?", Integer.class, venue))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from plan_venue where venue_id = ?", Integer.class, venue))
                    .isEqualTo(2);
        }
    }

    private static ObjectNode document() {
        return (ObjectNode)
                Api.json().readTree(PlanDocumentFixtures.resource(PlanDocumentFixtures.WORKED_EXAMPLE_PLAN));
    }

    /** Gives a venue and its first space new ids, and every reference to the space with them. */
    private static void renameVenue(
            ObjectNode document, String venueId, String spaceId, String newVenueId, String newSpaceId) {
        for (JsonNode venue : document.get("venues")) {
            if (venue.get("id").asString().equals(venueId)) {
                ((ObjectNode) venue).put("id", newVenueId);
                ((ObjectNode) venue.get("spaces").get(0)).put("id", newSpaceId);
            }
        }
        for (JsonNode event : document.get("events")) {
            for (String field : List.of("preferredSpaces", "excludedSpaces")) {
                if (event.has(field)) {
                    ArrayNode spaces = (ArrayNode) event.get(field);
                    for (int i = 0; i < spaces.size(); i++) {
                        if (spaces.get(i).asString().equals(spaceId)) {
                            spaces.set(i, newSpaceId);
                        }
                    }
                }
            }
            for (String placement : List.of("pinned", "published")) {
                if (event.has(placement)
                        && event.get(placement).get("spaceId").asString().equals(spaceId)) {
                    ((ObjectNode) event.get(placement)).put("spaceId", newSpaceId);
                }
            }
        }
        document.put("name", "Race " + newVenueId);
    }

    private static void assertBadRequest(Api.Answer answer, String path) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("path").asString())
                .as(answer.text())
                .isEqualTo(path);
    }
}
