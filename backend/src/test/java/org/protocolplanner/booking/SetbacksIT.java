package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.itinerary.SummitDayFixture.SECRET_TITLE;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.itinerary.SummitDayFixture;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A decline, a lapse and a cancellation, seen where the officer and the delegation look: the plan's setbacks in
 * the API, the itinerary (read back with OpenPDF, in English and Chinese) and the delegation's feed (read back
 * with ical4j). Ruritania's day: the briefing still requested, the welcome declined, the banquet confirmed and
 * then cancelled by the venue; Freedonia's talks lapse unanswered.
 */
@IntegrationTest
class SetbacksIT {

    private static final String DECLINE_REASON = "The banquet hall floor is being relaid";
    private static final String CANCEL_REASON = "Kitchen closed by the health inspectors";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookingLapses lapses;

    @Autowired
    Clock clock;

    private SummitDayFixture day;
    private Api officer;

    @BeforeEach
    void aDeclineALapseAndACancellation() {
        officer = Api.signedIn(port, "officer");
        day = SummitDayFixture.imported("setbacks", officer, jdbc);
        Api manager = Api.signedIn(port, "manager");
        Api.Answer published = officer.post(day.plan + "/publish", Map.of("answerWithinHours", 24));
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        answer(manager, "welcome", "decline", DECLINE_REASON);
        answer(manager, "banquet", "confirm", null);
        answer(manager, "banquet", "cancel", CANCEL_REASON);
        // The talks' answer-by time has passed: the lapse job's turn.
        jdbc.update("update booking set answer_by = now() - interval '1 minute' where id = ?", bookingOf("talks"));
        lapses.lapseDueBy(clock.instant());
        assertThat(officer.get("/api/bookings/" + bookingOf("talks"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("LAPSED");
    }

    @Test
    void thePlanSaysWhyItNeedsAReplanAndHowManyEngagementsAreAffected() {
        JsonNode plan = officer.get(day.plan).json();
        assertThat(plan.get("needsReplan").asBoolean()).isTrue();
        assertThat(plan.get("needsAttention").asBoolean()).isTrue();
        assertSetbacks(plan, 1, 1, 1);
        JsonNode listed = null;
        for (JsonNode each :
                Api.as(port, "planner").get("/api/plans?size=200").json().get("content")) {
            if (each.get("id").asLong() == day.planId) {
                listed = each;
            }
        }
        assertThat(listed).as("the plan in the list").isNotNull();
        assertSetbacks(listed, 1, 1, 1);

        // The officer moves the declined welcome away: no longer a setback, though the plan still awaits its
        // re-publishing; publishing asks again for the lapsed and cancelled places, and the plan is settled.
        assertThat(jdbc.update(
                        "update engagement set assigned_space_id = ?, assigned_start = assigned_start"
                                + " + interval '1 hour', version = version + 1 where plan_id = ? and ref = 'welcome'",
                        day.meetingRoom,
                        day.planId))
                .isEqualTo(1);
        JsonNode replanned = officer.get(day.plan).json();
        assertSetbacks(replanned, 0, 1, 1);
        assertThat(replanned.get("needsReplan").asBoolean()).isTrue();
        Api.Answer republished = officer.post(day.plan + "/publish", Map.of("answerWithinHours", 24));
        assertThat(republished.status()).as(republished.text()).isEqualTo(200);
        JsonNode settled = officer.get(day.plan).json();
        assertSetbacks(settled, 0, 0, 0);
        assertThat(settled.get("needsReplan").asBoolean()).isFalse();

        Api.Answer scenario = officer.post(day.plan + "/scenarios", Map.of("name", "What if"));
        assertThat(scenario.status()).as(scenario.text()).isEqualTo(201);
        assertSetbacks(officer.get(scenario.header("Location")).json(), 0, 0, 0);
    }

    @Test
    void theItineraryPrintsEachPlacesBookingStateAndTheVenuesReasonInEnglishAndChinese() throws IOException {
        answerForTheVenue("briefing", "confirm");
        String english = pdf("ruritania", "en");
        assertThat(english)
                .contains(
                        squeezed("Briefing for Ruritania"),
                        squeezed("Confirmed by the venue"),
                        squeezed("Welcome of the Ruritanian delegation"),
                        squeezed("Declined by venue — being re-planned"),
                        squeezed("Reason: " + DECLINE_REASON),
                        squeezed(SECRET_TITLE),
                        squeezed("Booking cancelled — under review"),
                        squeezed("Reason: " + CANCEL_REASON));
        assertThat(english.indexOf(squeezed("Confirmed by the venue")))
                .isLessThan(english.indexOf(squeezed("Welcome of the")));
        assertThat(english.indexOf(squeezed("Welcome of the")))
                .isLessThan(english.indexOf(squeezed("Declined by venue")));
        assertThat(english.indexOf(squeezed("Declined by venue"))).isLessThan(english.indexOf(squeezed(SECRET_TITLE)));
        assertThat(english)
                .as("the welcome is not presented as settled")
                .containsOnlyOnce(squeezed("Confirmed by the venue"));
        assertThat(pdf("freedonia", "en"))
                .contains(
                        squeezed("Talks with Freedonia"),
                        squeezed("Not answered by the venue in time — under review"),
                        squeezed("Booking cancelled — under review"));

        assertThat(pdf("ruritania", "zh"))
                .contains(
                        "场馆已确认",
                        "场馆已婉拒，正在重新排期",
                        squeezed("原因：" + DECLINE_REASON),
                        "场地预订已取消，正在处理",
                        squeezed("原因：" + CANCEL_REASON));
        assertThat(pdf("freedonia", "zh")).contains("场馆逾期未答复，正在处理");
    }

    @Test
    void theDelegationFeedShowsEachBookingStateAndOnlyAConfirmedPlaceAsConfirmed() {
        String token =
                officer.post("/api/me/feed-token", Map.of()).json().get("token").asString();
        List<VEvent> events = feed(token, "ruritania");

        assertThat(events)
                .extracting(event -> event.getSummary().getValue())
                .containsExactly(
                        "Briefing for Ruritania (requested, awaiting the venue's answer)",
                        "Welcome of the Ruritanian delegation (declined by venue — being re-planned)",
                        SECRET_TITLE + " (booking cancelled — under review)");
        assertThat(events)
                .extracting(event -> event.getStatus().getValue())
                .containsExactly("TENTATIVE", "TENTATIVE", "TENTATIVE");
        assertThat(events)
                .extracting(event -> event.getLocation().getValue())
                .containsExactly(
                        "Feeds heritage site, Salon",
                        "Declined by the venue: Feeds guesthouse, Banquet hall",
                        "Booking cancelled: Feeds guesthouse, Banquet hall");
        assertThat(events.get(1).getDescription().getValue())
                .contains("Booking: Declined by venue — being re-planned", "Reason: " + DECLINE_REASON);
        assertThat(feed(token, "freedonia"))
                .extracting(event -> event.getSummary().getValue())
                .containsExactly(
                        "Talks with Freedonia (not answered by the venue in time — under review)",
                        SECRET_TITLE + " (booking cancelled — under review)");

        answerForTheVenue("briefing", "confirm");
        VEvent briefing = feed(token, "ruritania").get(0);
        assertThat(briefing.getSummary().getValue()).isEqualTo("Briefing for Ruritania (confirmed by the venue)");
        assertThat(briefing.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(briefing.getDescription().getValue())
                .contains("Booking: Confirmed by the venue")
                .doesNotContain("Reason");
    }

    private static void assertSetbacks(JsonNode plan, int declined, int lapsed, int cancelled) {
        JsonNode setbacks = plan.get("setbacks");
        assertThat(List.of(
                        setbacks.get("declined").asInt(),
                        setbacks.get("lapsed").asInt(),
                        setbacks.get("cancelled").asInt()))
                .as("declined, lapsed, cancelled of " + plan.get("name"))
                .containsExactly(declined, lapsed, cancelled);
    }

    /** The heritage site has no managers: the officers answer its requests for it. */
    private void answerForTheVenue(String engagement, String answer) {
        answer(officer, engagement, answer, null);
    }

    private void answer(Api api, String engagement, String answer, String reason) {
        Api.Answer answered = api.post(
                "/api/bookings/" + bookingOf(engagement) + "/" + answer,
                reason == null ? Map.of() : Map.of("reason", reason));
        assertThat(answered.status())
                .as(engagement + " " + answer + ": " + answered.text())
                .isEqualTo(200);
    }

    private long bookingOf(String engagement) {
        for (JsonNode booking :
                officer.get("/api/bookings?plan=" + day.planId).json().get("content")) {
            if (booking.get("engagement").get("id").asString().equals(engagement)) {
                return booking.get("id").asLong();
            }
        }
        throw new AssertionError("no booking of " + engagement);
    }

    private String pdf(String delegation, String lang) throws IOException {
        Api.Answer answer = officer.get(day.plan + "/delegations/" + delegation + "/itinerary.pdf?lang=" + lang);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        // Kept in target/ for a person to look at, beside ItineraryIT's.
        Path directory = Files.createDirectories(Path.of("target", "itineraries"));
        Files.write(directory.resolve("itinerary-setbacks-" + delegation + "-" + lang + ".pdf"), answer.body());
        return squeezed(PdfText.of(answer.body()));
    }

    /** Without white space: a table cell wraps its lines wherever its width ends, in words and Chinese alike. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private List<VEvent> feed(String token, String delegation) {
        Api.Answer feed = Api.anonymous(port)
                .get("/feeds/" + token + "/plans/" + day.planId + "/delegations/" + delegation + ".ics");
        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        try {
            return new CalendarBuilder().build(new StringReader(feed.text())).getComponents(Component.VEVENT);
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + feed.text(), e);
        }
    }
}
