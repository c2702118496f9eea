package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Venues an imported plan brings that the catalogue lacks stay the plan's own (decision 0111): listed apart from
 * the catalogue, offered the catalogue venues of their names (English or Chinese, without case or extra spaces),
 * used in place of those once an officer accepts, or added to the catalogue by whoever edits it.
 */
@IntegrationTest
class ImportedVenuesIT {

    private static final LocalDateTime DAY = LocalDateTime.of(2027, 8, 2, 0, 0);
    private static final String GREAT_HALL = "great-hall-of-the-people";
    private static final String DIAOYUTAI = "diaoyutai-state-guesthouse";
    private static final AtomicInteger PLANS = new AtomicInteger();

    @LocalServerPort
    int port;

    /** One import's venue ids: a copy of the Great Hall, one of Diaoyutai named in Chinese, and a new pavilion. */
    private record Ids(
            String prefix,
            String hall,
            String banquetHall,
            String auditorium,
            String guesthouse,
            String unnamedHall,
            String pavilion,
            String room) {

        static Ids next() {
            String p = "iv" + System.nanoTime() % 1_000_000 + "-" + PLANS.incrementAndGet();
            return new Ids(
                    p,
                    p + "-ghp",
                    p + "-ghp-banquet",
                    p + "-ghp-auditorium",
                    p + "-dyt",
                    p + "-dyt-hall",
                    p + "-pavilion",
                    p + "-pavilion-room");
        }
    }

    @Test
    void theImportKeepsNewVenuesApartAndOffersTheCatalogueVenuesOfTheirNames() {
        Api officer = Api.as(port, "officer");
        Ids ids = Ids.next();
        long catalogueBefore = total(officer, "/api/venues?size=1");
        Api.Answer imported = officer.post("/api/plans/import", document(ids));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");

        JsonNode venues = imported.json().get("importedVenues");
        assertThat(ids(venues, "venueId")).containsExactly(ids.hall(), ids.guesthouse(), ids.pavilion());
        JsonNode hall = venues.get(0);
        assertThat(hall.get("importedWithPlanName").asString()).isEqualTo("Imported venues " + ids.prefix());
        assertThat(ids(hall.get("matches"), "catalogueVenueId"))
                .as("the name without case and extra spaces")
                .containsExactly(GREAT_HALL);
        assertThat(spaceMap(hall.get("matches").get(0)))
                .containsExactly(
                        Map.entry(ids.banquetHall(), "great-hall-of-the-people-state-banquet-hall"),
                        Map.entry(ids.auditorium(), "great-hall-of-the-people-great-auditorium"));
        JsonNode guesthouse = venues.get(1);
        assertThat(ids(guesthouse.get("matches"), "catalogueVenueId"))
                .as("the Chinese name")
                .containsExactly(DIAOYUTAI);
        assertThat(spaceMap(guesthouse.get("matches").get(0)))
                .containsEntry(ids.unnamedHall(), null)
                .hasSize(1);
        assertThat(venues.get(2).get("matches")).isEmpty();

        // Apart from the catalogue: not in its list, in the list of imported venues, marked with their plan.
        assertThat(total(officer, "/api/venues?size=1")).isEqualTo(catalogueBefore);
        assertThat(total(officer, "/api/venues?q=" + ids.prefix())).isZero();
        JsonNode apart = officer.get("/api/venues?scope=IMPORTED&q=" + ids.prefix())
                .json()
                .get("content");
        assertThat(ids(apart, "id")).containsExactlyInAnyOrder(ids.hall(), ids.guesthouse(), ids.pavilion());
        assertThat(apart.get(0).get("importedWith").get("planId").asLong()).isEqualTo(planId(plan));
        assertThat(total(officer, "/api/venues?scope=ALL&q=" + ids.prefix())).isEqualTo(3);
        assertThat(officer.get("/api/venues?scope=SOME").status()).isEqualTo(400);
        assertThat(ids(officer.get(plan + "/imported-venues").json(), "venueId"))
                .containsExactly(ids.hall(), ids.guesthouse(), ids.pavilion());
    }

    @Test
    void acceptingAMatchMovesThePlanOntoTheCatalogueVenueAndDropsItsCopy() {
        Api officer = Api.as(port, "officer");
        Ids ids = Ids.next();
        String plan = officer.post("/api/plans/import", document(ids)).header("Location");

        Api.Answer accepted = officer.post(
                plan + "/imported-venues/" + ids.hall() + "/accept-match", Map.of("catalogueVenueId", GREAT_HALL));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("importedVenueDeleted").asBoolean()).isTrue();
        assertThat(officer.get("/api/venues/" + ids.hall()).status()).isEqualTo(404);
        JsonNode after = officer.get(plan).json();
        assertThat(strings(after.get("venueIds"))).contains(GREAT_HALL).doesNotContain(ids.hall());
        JsonNode banquet = officer.get(plan + "/engagements/banquet").json();
        assertThat(banquet.get("pinned").get("spaceId").asString())
                .isEqualTo("great-hall-of-the-people-state-banquet-hall");
        assertThat(banquet.get("assignment").get("spaceId").asString())
                .isEqualTo("great-hall-of-the-people-state-banquet-hall");
        assertThat(strings(officer.get(plan + "/engagements/briefing").json().get("excludedSpaces")))
                .containsExactly("great-hall-of-the-people-great-auditorium");
        assertThat(officer.get(plan + "/closures").json().get(0).get("spaceId").asString())
                .isEqualTo("great-hall-of-the-people-great-auditorium");
        assertThat(officer.get(plan + "/delegations")
                        .json()
                        .get("content")
                        .get(0)
                        .get("hotelVenueId")
                        .asString())
                .isEqualTo(GREAT_HALL);
        assertThat(ids(officer.get(plan + "/imported-venues").json(), "venueId"))
                .containsExactly(ids.guesthouse(), ids.pavilion());

        // The talks prefer a hall that Diaoyutai has no namesake of: the plan cannot move there.
        Api.Answer unmatched = officer.post(
                plan + "/imported-venues/" + ids.guesthouse() + "/accept-match", Map.of("catalogueVenueId", DIAOYUTAI));
        assertThat(unmatched.status()).as(unmatched.text()).isEqualTo(409);
        assertThat(unmatched.json().get("detail").asString()).contains("Hall the catalogue lacks");
        Api.Answer notAMatch = officer.post(
                plan + "/imported-venues/" + ids.pavilion() + "/accept-match", Map.of("catalogueVenueId", GREAT_HALL));
        assertThat(notAMatch.status()).isEqualTo(400);
        assertThat(notAMatch.json().get("errors").get(0).get("path").asString()).isEqualTo("catalogueVenueId");
        assertThat(Api.as(port, "planner")
                        .post(
                                plan + "/imported-venues/" + ids.guesthouse() + "/accept-match",
                                Map.of("catalogueVenueId", DIAOYUTAI))
                        .status())
                .as("a live plan is the officers'")
                .isEqualTo(403);

        // The plan's document still reads back: exported, it imports again.
        Api.Answer exported = officer.get(plan + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(officer.post("/api/plans/import", exported.body()).status()).isEqualTo(201);
    }

    @Test
    void whoeverEditsTheCatalogueAddsAPlansOwnVenueToItUnlessItHasOneOfThatName() {
        Api officer = Api.as(port, "officer");
        Ids ids = Ids.next();
        officer.post("/api/plans/import", document(ids));
        String pavilion = "/api/venues/" + ids.pavilion();
        assertThat(strings(officer.get(pavilion).json().get("allowedActions"))).contains("addToCatalogue");
        assertThat(strings(Api.as(port, "planner").get(pavilion).json().get("allowedActions")))
                .isEmpty();

        assertThat(Api.as(port, "planner")
                        .post(pavilion + "/add-to-catalogue", null)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager")
                        .post(pavilion + "/add-to-catalogue", null)
                        .status())
                .isEqualTo(404);
        Api.Answer added = officer.post(pavilion + "/add-to-catalogue", null);
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json().get("importedWith").isNull()).isTrue();
        assertThat(strings(added.json().get("allowedActions"))).doesNotContain("addToCatalogue");
        assertThat(ids(officer.get("/api/venues?q=" + ids.prefix()).json().get("content"), "id"))
                .containsExactly(ids.pavilion());
        assertThat(officer.post(pavilion + "/add-to-catalogue", null).status())
                .as("again")
                .isEqualTo(200);

        Api.Answer namesake = officer.post("/api/venues/" + ids.guesthouse() + "/add-to-catalogue", null);
        assertThat(namesake.status()).isEqualTo(409);
        assertThat(namesake.json().get("detail").asString()).contains(DIAOYUTAI);
        assertThat(officer.post("/api/venues/no-such-venue/add-to-catalogue", null)
                        .status())
                .isEqualTo(404);
    }

    private static Map<String, Object> document(Ids ids) {
        return Map.of(
                "format",
                "protocol-planner/plan",
                "version",
                1,
                "name",
                "Imported venues " + ids.prefix(),
                "horizon",
                Map.of("start", DAY.toString(), "end", DAY.plusDays(2).toString()),
                "venues",
                List.of(
                        venue(
                                ids.hall(),
                                "  great hall OF the   people ",
                                List.of(
                                        space(ids.banquetHall(), "宴会厅", "BANQUET", 2000),
                                        space(
                                                ids.auditorium(),
                                                "Great Hall of the People - Great Auditorium",
                                                "THEATRE",
                                                3000))),
                        venue(
                                ids.guesthouse(),
                                "钓鱼台国宾馆",
                                List.of(space(ids.unnamedHall(), "Hall the catalogue lacks", "ROUNDTABLE", 30))),
                        venue(
                                ids.pavilion(),
                                "Imported pavilion " + ids.prefix(),
                                List.of(space(ids.room(), "Room", "ROUNDTABLE", 20)))),
                "delegations",
                List.of(Map.of(
                        "id",
                        "ruritania",
                        "name",
                        "Ruritania",
                        "headRank",
                        "HEAD_OF_STATE",
                        "size",
                        20,
                        "arrival",
                        DAY.toString(),
                        "departure",
                        DAY.plusDays(2).toString(),
                        "hotelVenueId",
                        ids.hall())),
                "events",
                List.of(
                        Map.of(
                                "id",
                                "banquet",
                                "title",
                                "Banquet",
                                "type",
                                "STATE_BANQUET",
                                "headcount",
                                200,
                                "layout",
                                "BANQUET",
                                "durationMinutes",
                                120,
                                "delegations",
                                List.of("ruritania"),
                                "pinned",
                                Map.of(
                                        "spaceId",
                                        ids.banquetHall(),
                                        "start",
                                        DAY.plusHours(19).toString())),
                        Map.of(
                                "id",
                                "talks",
                                "title",
                                "Talks",
                                "type",
                                "BILATERAL_TALKS",
                                "headcount",
                                20,
                                "layout",
                                "ROUNDTABLE",
                                "durationMinutes",
                                60,
                                "preferredSpaces",
                                List.of(ids.unnamedHall())),
                        Map.of(
                                "id",
                                "briefing",
                                "title",
                                "Briefing",
                                "type",
                                "BRIEFING",
                                "headcount",
                                10,
                                "layout",
                                "ROUNDTABLE",
                                "durationMinutes",
                                45,
                                "excludedSpaces",
                                List.of(ids.auditorium()))),
                "closures",
                List.of(Map.of(
                        "spaceId",
                        ids.auditorium(),
                        "start",
                        DAY.plusHours(8).toString(),
                        "end",
                        DAY.plusHours(12).toString(),
                        "reason",
                        "rehearsal")));
    }

    private static Map<String, Object> venue(String id, String name, List<Map<String, Object>> spaces) {
        return Map.of("id", id, "name", name, "lat", 39.9, "lon", 116.39, "spaces", spaces);
    }

    private static Map<String, Object> space(String id, String name, String layout, int capacity) {
        return Map.of("id", id, "name", name, "capacity", Map.of(layout, capacity));
    }

    private static long total(Api api, String path) {
        return api.get(path).json().get("totalElements").asLong();
    }

    private static long planId(String plan) {
        return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    /** A match's spaces: the plan's own space and the catalogue's of the same name (null: none). */
    private static Map<String, String> spaceMap(JsonNode match) {
        Map<String, String> spaces = new LinkedHashMap<>();
        match.get("spaces")
                .forEach(space -> spaces.put(
                        space.get("spaceId").asString(),
                        space.get("catalogueSpaceId").isNull()
                                ? null
                                : space.get("catalogueSpaceId").asString()));
        return spaces;
    }
}
