package org.protocolplanner.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A space's weekly windows and dated exceptions go through the API and back; bad ones are refused by path. */
@IntegrationTest
class SpaceHoursIT {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Test
    void twoRangesOnSaturdayAHolidayAndASpecialEveningAreKept() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        Api.Answer created = officer.post(venue + "/spaces", """
                {"id": "%s", "nameEn": "Pavilion", "open": [
                   {"from": "09:00", "to": "17:00"},
                   {"from": "09:00", "to": "12:00", "weekday": "SATURDAY"},
                   {"from": "18:00", "to": "24:00", "weekday": "SATURDAY"}],
                 "exceptions": [
                   {"date": "2026-10-01", "closed": true},
                   {"date": "2026-10-03", "windows": [{"from": "19:00", "to": "23:30"}]}]}""".formatted(unique("pavilion")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        JsonNode space = officer.get(venue).json().get("spaces").get(0);
        assertThat(space.get("open").get(1).get("weekday").asString()).isEqualTo("SATURDAY");
        assertThat(space.get("open").get(2).get("to").asString()).isEqualTo("24:00");
        assertThat(space.get("open").get(0).get("weekday").isNull()
                        || space.get("open").get(0).get("weekday").isMissingNode())
                .isTrue();
        assertThat(space.get("exceptions").get(0).get("date").asString()).isEqualTo("2026-10-01");
        assertThat(space.get("exceptions").get(0).get("closed").asBoolean()).isTrue();
        assertThat(space.get("exceptions").get(1).get("closed").asBoolean()).isFalse();
        assertThat(space.get("exceptions")
                        .get(1)
                        .get("windows")
                        .get(0)
                        .get("from")
                        .asString())
                .isEqualTo("19:00");
    }

    /** Friday 1 to Sunday 3 October 2027, the Saturday a holiday, Sunday open in the evening only. */
    @Test
    void aPlansExportWritesTheWeekAndTheHolidayAsDailyWindowsAndBlackouts() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        String venueId = venue.substring(venue.lastIndexOf('/') + 1);
        assertThat(officer.put(venue, """
                {"nameEn": "Hours venue", "lat": 39.9, "lon": 116.4, "version": 0}""").status()).isEqualTo(200);
        String spaceId = unique("pavilion");
        assertThat(officer.post(venue + "/spaces", """
                {"id": "%s", "nameEn": "Pavilion", "capacity": {"THEATRE": 50}, "open": [
                   {"from": "09:00", "to": "17:00"},
                   {"from": "18:00", "to": "22:00", "weekday": "SUNDAY"}],
                 "exceptions": [{"date": "2027-10-02", "closed": true}]}""".formatted(spaceId)).status())
                .isEqualTo(201);
        Api.Answer plan = officer.post("/api/plans", """
                {"name": "Hours", "horizonStart": "2027-10-01T00:00", "horizonEnd": "2027-10-04T00:00",
                 "venueIds": ["%s"]}""".formatted(venueId));
        assertThat(plan.status()).as(plan.text()).isEqualTo(201);

        JsonNode space = officer.get(plan.header("Location") + "/export")
                .json()
                .get("venues")
                .get(0)
                .get("spaces")
                .get(0);

        assertThat(space.get("open").toString())
                .isEqualTo("[{\"from\":\"09:00\",\"to\":\"17:00\"},{\"from\":\"18:00\",\"to\":\"22:00\"}]");
        assertThat(space.get("blackouts").findValuesAsString("start"))
                .containsExactly("2027-10-01T18:00", "2027-10-02T09:00", "2027-10-02T18:00", "2027-10-03T09:00");
        assertThat(space.get("blackouts").findValuesAsString("end"))
                .containsExactly("2027-10-01T22:00", "2027-10-02T17:00", "2027-10-02T22:00", "2027-10-03T17:00");
    }

    @Test
    void overlappingWindowsOfADayATwiceGivenDateAndAnImplausibleDateAreRefusedByPath() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        Api.Answer refused = officer.post(venue + "/spaces", """
                {"id": "%s", "nameEn": "Pavilion", "open": [
                   {"from": "09:00", "to": "12:00", "weekday": "MONDAY"},
                   {"from": "11:00", "to": "13:00", "weekday": "MONDAY"},
                   {"from": "08:00", "to": "10:00"},
                   {"from": "14:00", "to": "13:00", "weekday": "FRIDAY"}],
                 "exceptions": [
                   {"date": "2026-10-01", "closed": true},
                   {"date": "2026-10-01", "windows": [{"from": "10:00", "to": "12:00"}, {"from": "11:00", "to": "14:00"}]},
                   {"date": "1926-10-01", "closed": true},
                   {"date": "2026-10-02"},
                   {"date": "2026-10-03", "closed": true, "windows": [{"from": "10:00", "to": "12:00"}]}]}""".formatted(unique("pavilion")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("path"))
                .containsExactlyInAnyOrder(
                        "open[1]",
                        "open[3].to",
                        "exceptions[1].date",
                        "exceptions[1].windows[1]",
                        "exceptions[2].date",
                        "exceptions[3]",
                        "exceptions[4]");
        assertThat(officer.get(venue).json().get("spaces")).isEmpty();
    }

    @Test
    void anUnknownWeekdayIsRefusedNamingTheField() {
        Api officer = Api.as(port, "officer");
        Api.Answer refused = officer.post(newVenue(officer) + "/spaces", """
                {"id": "%s", "nameEn": "Pavilion", "open": [{"from": "09:00", "to": "12:00", "weekday": "FUNDAY"}]}""".formatted(unique("pavilion")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("path")).contains("open[0].weekday");
    }

    private static String newVenue(Api officer) {
        Api.Answer created = officer.post("/api/venues", """
                {"id": "%s", "nameEn": "Hours venue"}""".formatted(unique("hours-venue")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.header("Location");
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + NEXT.incrementAndGet();
    }
}
