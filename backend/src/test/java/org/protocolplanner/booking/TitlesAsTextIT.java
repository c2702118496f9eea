package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An engagement title and a delegation name written as HTML reach every page the server makes as those
 * characters, in formats no browser runs as a page: the itinerary (PDF), the calendar feed (iCalendar), the
 * notifications (JSON; their e-mails are plain text, BookingMailIT) and the problem details of a refusal.
 * The server renders no HTML of its own; the UI shows these strings as text (its Vitest tests).
 */
@IntegrationTest
class TitlesAsTextIT {

    private static final String TITLE = "<img src=x onerror=alert(1)>";
    private static final String DELEGATION = "<script>alert(2)</script> Freedonia";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void markupInATitleOrANameIsCarriedAsTextInEveryAnswerThatHoldsIt() throws IOException, ParserException {
        Site site = Site.next("markup");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Markup " + site.guesthouse(), site);
        long planId = BookingFixtures.planId(plan);
        // The words as someone typed them (the API keeps them as given; the arrangement writes them directly).
        jdbc.update("update engagement set title = ? where plan_id = ? and ref = 'talks'", TITLE, planId);
        jdbc.update("update delegation set name = ? where plan_id = ? and ref = 'freedonia'", DELEGATION, planId);
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);

        Api.Answer itinerary = officer.get(plan + "/delegations/freedonia/itinerary.pdf?lang=en");
        assertThat(itinerary.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(PdfText.of(itinerary.body())).contains(TITLE, DELEGATION);

        String token =
                officer.post("/api/me/feed-token", Map.of()).json().get("token").asString();
        Api.Answer feed = Api.anonymous(port).get("/feeds/" + token + "/venues/" + site.guesthouse() + ".ics");
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(feed.text())).getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> event.getSummary().getValue()).contains(TITLE + " (requested)");
        assertThat(events)
                .extracting(event -> event.getDescription().getValue())
                .anySatisfy(description -> assertThat(description).contains("Attendees: " + DELEGATION));

        long talks = jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = 'talks'",
                Long.class,
                planId);
        assertThat(Api.signedIn(port, "manager")
                        .post("/api/bookings/" + talks + "/confirm", null)
                        .status())
                .isEqualTo(200);
        Api.Answer notifications = officer.get("/api/notifications?size=100");
        assertThat(notifications.header("Content-Type")).startsWith("application/json");
        JsonNode confirmed = null;
        for (JsonNode notification : notifications.json().get("content")) {
            // By kind as well as id: the publish notice's subject is the plan, whose id may equal the booking's.
            if (notification.get("kind").asString().equals("BOOKING_CONFIRMED")
                    && notification.get("subjectId").asString().equals(String.valueOf(talks))) {
                confirmed = notification;
            }
        }
        assertThat(confirmed).isNotNull();
        assertThat(confirmed.get("message").asString()).contains(": " + TITLE + " with " + DELEGATION);

        Api.Answer refused = officer.get(plan + "/engagements/" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
