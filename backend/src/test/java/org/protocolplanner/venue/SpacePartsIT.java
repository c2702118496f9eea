package org.protocolplanner.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The venue editor divides a hall: a space's parts are other spaces of its venue without parts of their own;
 * wrong ones are refused by path, and a division that would make two confirmed bookings share floor at
 * once is refused as a conflict.
 */
@IntegrationTest
class SpacePartsIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHallIsDividedIntoTwoSpacesOfItsVenueAndThenIntoOne() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        String a = addSpace(officer, venue, "Hall A", "[]");
        String b = addSpace(officer, venue, "Hall B", "[]");
        String ab = addSpace(officer, venue, "Hall AB", "[\"%s\", \"%s\"]".formatted(a, b));

        assertThat(space(officer, venue, ab).get("parts").toString()).isEqualTo("[\"%s\",\"%s\"]".formatted(a, b));
        Api.Answer changed = officer.put(venue + "/spaces/" + ab, """
                {"nameEn": "Hall AB", "parts": ["%s"], "version": %d}""".formatted(b, version(officer, venue, ab)));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(space(officer, venue, ab).get("parts").toString()).isEqualTo("[\"%s\"]".formatted(b));
        assertThat(space(officer, venue, a).get("parts")).isEmpty();
    }

    @Test
    void itselfAnotherVenuesSpaceAPartWithPartsAndAPartTwiceAreRefusedByPath() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        String elsewhere = addSpace(officer, newVenue(officer), "Elsewhere", "[]");
        String a = addSpace(officer, venue, "Hall A", "[]");
        String ab = addSpace(officer, venue, "Hall AB", "[\"%s\"]".formatted(a));
        String c = addSpace(officer, venue, "Hall C", "[]");

        Api.Answer refused =
                officer.put(venue + "/spaces/" + c, """
                {"nameEn": "Hall C", "parts": ["%s", "%s", "%s", "%s", "%s"], "version": %d}""".formatted(c, elsewhere, ab, a, a, version(officer, venue, c)));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("path"))
                .containsExactly("parts[0]", "parts[1]", "parts[2]", "parts[4]");
        assertThat(refused.text())
                .contains(
                        "is this space itself",
                        "is not a space of this venue",
                        "has parts of its own",
                        "is listed twice");

        Api.Answer partOfAPart = officer.put(venue + "/spaces/" + a, """
                {"nameEn": "Hall A", "parts": ["%s"], "version": %d}""".formatted(c, version(officer, venue, a)));
        assertThat(partOfAPart.status()).as(partOfAPart.text()).isEqualTo(400);
        assertThat(partOfAPart.json().get("errors").findValuesAsString("path")).containsExactly("parts");
        assertThat(space(officer, venue, c).get("parts")).isEmpty();
        assertThat(space(officer, venue, a).get("parts")).isEmpty();
    }

    @Test
    void dividingAHallWhoseFloorTwoConfirmedBookingsWouldShareIsAConflict() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        String ab = addSpace(officer, venue, "Hall AB", "[]");
        String c = addSpace(officer, venue, "Hall C", "[]");
        long plan = jdbc.queryForObject(
                "insert into plan (name, kind, horizon_start, horizon_end) values ('Divided', 'LIVE',"
                        + " '2027-06-01 00:00', '2027-06-02 00:00') returning id",
                Long.class);
        for (String space : new String[] {ab, c}) {
            jdbc.update(
                    "insert into booking (plan_id, space_id, status, starts_at, ends_at, busy_until) values"
                            + " (?, ?, 'CONFIRMED', '2027-06-01 09:00+08', '2027-06-01 10:00+08', '2027-06-01 10:00+08')",
                    plan,
                    space);
        }

        Api.Answer refused = officer.put(venue + "/spaces/" + ab, """
                {"nameEn": "Hall AB", "parts": ["%s"], "version": %d}""".formatted(c, version(officer, venue, ab)));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .contains("two confirmed bookings would then overlap on shared floor");
        assertThat(space(officer, venue, ab).get("parts")).isEmpty();
    }

    private static String newVenue(Api officer) {
        Api.Answer created = officer.post("/api/venues", """
                {"id": "%s", "nameEn": "Divided venue"}""".formatted(unique("divided-venue")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.header("Location");
    }

    private static String addSpace(Api officer, String venue, String name, String parts) {
        String id = unique("hall");
        Api.Answer created = officer.post(venue + "/spaces", """
                {"id": "%s", "nameEn": "%s", "capacity": {"THEATRE": 100}, "parts": %s}""".formatted(id, name, parts));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return id;
    }

    private static JsonNode space(Api officer, String venue, String spaceId) {
        for (JsonNode space : officer.get(venue).json().get("spaces")) {
            if (space.get("id").asString().equals(spaceId)) {
                return space;
            }
        }
        throw new AssertionError("no space " + spaceId + " in " + venue);
    }

    private static long version(Api officer, String venue, String spaceId) {
        return space(officer, venue, spaceId).get("version").asLong();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + NEXT.incrementAndGet();
    }
}
