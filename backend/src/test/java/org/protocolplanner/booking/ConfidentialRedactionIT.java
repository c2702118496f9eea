package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.booking.BookingFixtures.SECRET_TITLE;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Everything a venue manager reads about a confidential engagement of their venue, signed in as the demo
 * manager: the inbox, a booking, the answer to a confirmation, the notifications and the venue's calendar
 * feed show its type, time, headcount, layout and needs, never its title or id, and the booking no
 * attendees. Planners give engagements ids that say what they are, so an id tells as much as a title.
 */
@IntegrationTest
class ConfidentialRedactionIT {

    /** The confidential banquet's id: distinct enough that any view naming it is caught. */
    private static final String SECRET_ID = "ruritanian-envoy-dinner";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noManagersViewOfAConfidentialEngagementNamesItsIdTitleOrAttendees() {
        Site site = Site.next("redact");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Redaction " + site.guesthouse(), site, SECRET_ID);
        long planId = BookingFixtures.planId(plan);
        // Signed in after the fixture made the demo manager manage the guesthouse.
        Api manager = Api.signedIn(port, "manager");
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);
        long banquet = jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ?",
                Long.class,
                planId,
                SECRET_ID);

        Api.Answer inbox = manager.get("/api/bookings?status=REQUESTED&plan=" + planId);
        JsonNode listed = StreamSupport.stream(inbox.json().get("content").spliterator(), false)
                .filter(booking -> booking.get("id").asLong() == banquet)
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("engagement").get("id").isNull()).isTrue();
        assertThat(listed.get("engagement").get("attendees").isNull()).isTrue();
        assertThat(listed.get("engagement").get("type").asString()).isEqualTo("STATE_BANQUET");
        assertThat(listed.get("engagement").get("headcount").asInt()).isEqualTo(120);
        assertThat(listed.get("engagement").get("confidential").asBoolean()).isTrue();
        Api.Answer detail = manager.get("/api/bookings/" + banquet);
        Api.Answer confirmed = manager.post("/api/bookings/" + banquet + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        Api.Answer notifications = manager.get("/api/notifications?size=100");
        String token =
                manager.post("/api/me/feed-token", Map.of()).json().get("token").asString();
        Api.Answer feed = Api.anonymous(port).get("/feeds/" + token + "/venues/" + site.guesthouse() + ".ics");
        assertThat(feed.status()).isEqualTo(200);

        Map<String, Api.Answer> views = Map.of(
                "inbox",
                inbox,
                "booking",
                detail,
                "answer to confirm",
                confirmed,
                "notifications",
                notifications,
                "calendar feed",
                feed);
        views.forEach((view, answer) -> assertThat(answer.text()).as(view).doesNotContain(SECRET_ID, SECRET_TITLE));
        assertThat(notifications.text())
                .as("the request's notice is there, redacted")
                .contains("confidential engagement");
        assertThat(feed.text()).contains("Confidential state banquet");

        // What is hidden from the manager is there for the officers: the checks above look for the right words.
        JsonNode forOfficers = officer.get("/api/bookings/" + banquet).json().get("engagement");
        assertThat(List.of(
                        forOfficers.get("id").asString(),
                        forOfficers.get("title").asString()))
                .containsExactly(SECRET_ID, SECRET_TITLE);
    }
}
