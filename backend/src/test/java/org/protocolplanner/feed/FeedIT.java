package org.protocolplanner.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.itinerary.SummitDayFixture.DAY;
import static org.protocolplanner.itinerary.SummitDayFixture.SECRET_TITLE;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.itinerary.SummitDayFixture;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Calendar feeds over HTTP, read back with ical4j: what each role's token shows, in Beijing time, and
 * the 404 of every token that does not stand for an enabled account that may see the calendar.
 */
@IntegrationTest
class FeedIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private SummitDayFixture day;
    private Api officer;
    private Api manager;

    @BeforeEach
    void publishedSummitDayWithTheBanquetConfirmed() {
        officer = Api.signedIn(port, "officer");
        day = SummitDayFixture.imported("feed", officer, jdbc);
        // Signed in after the fixture made the manager manage its guesthouse: a session keeps the venues of its
        // sign-in.
        manager = Api.signedIn(port, "manager");
        Api.Answer published = officer.post(day.plan + "/publish", Map.of("answerWithinHours", 24));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        JsonNode banquet = booking(officer, "banquet"); // the manager's list does not name a confidential engagement
        Api.Answer confirmed = manager.post("/api/bookings/" + banquet.get("id").asLong() + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    }

    @Test
    void aVenueManagersVenueFeedShowsRequestedAndConfirmedBookingsInBeijingTimeWithTheConfidentialOneRedacted() {
        String token = issue(manager);
        Api.Answer feed = Api.anonymous(port).get("/feeds/" + token + "/venues/" + day.guesthouse + ".ics");

        assertThat(feed.status()).as(feed.text()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        String ics = feed.text();
        // Written as Beijing local time with the zone named, and the zone defined in the document.
        assertThat(ics)
                .contains(
                        "BEGIN:VTIMEZONE",
                        "TZID:Asia/Shanghai",
                        "TZOFFSETTO:+0800",
                        "DTSTART;TZID=Asia/Shanghai:20270614T190000");
        assertThat(ics).doesNotContain(SECRET_TITLE);
        List<VEvent> events = parse(ics);
        assertThat(events)
                .extracting(FeedIT::summary)
                .containsExactly(
                        "Talks with Freedonia (requested)",
                        "Welcome of the Ruritanian delegation (requested)",
                        "Confidential state banquet (confirmed)");
        VEvent banquet = events.get(2);
        assertThat(start(banquet)).isEqualTo(DAY.plusHours(19).atZone(BEIJING).toInstant());
        assertThat(start(banquet)).isEqualTo(Instant.parse("2027-06-14T11:00:00Z"));
        assertThat(banquet.getStartDate()
                        .orElseThrow()
                        .getParameter(Parameter.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Asia/Shanghai");
        assertThat(banquet.getLocation().getValue()).isEqualTo("Feeds guesthouse, Banquet hall");
        assertThat(banquet.getStatus().getValue()).isEqualTo("CONFIRMED");
        // Type, time, headcount, layout and needs; never the title or the attendees.
        assertThat(banquet.getDescription().getValue())
                .contains("state banquet", "Headcount: 120", "banquet")
                .doesNotContain("Attendees", "Ruritania", "Freedonia");
        VEvent talks = events.get(0);
        assertThat(start(talks)).isEqualTo(DAY.plusHours(10).atZone(BEIJING).toInstant());
        assertThat(talks.getLocation().getValue()).isEqualTo("Feeds guesthouse, Meeting room");
        assertThat(talks.getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(talks.getDescription().getValue()).contains("Attendees: Freedonia");
    }

    @Test
    void readersOfAllPlansSeeConfidentialTitlesAndManagersGet404ForOtherVenuesAndForDelegations() {
        for (String user : List.of("admin", "planner")) {
            String token = issue(Api.as(port, user));
            List<VEvent> guesthouse = parse(Api.anonymous(port)
                    .get("/feeds/" + token + "/venues/" + day.guesthouse + ".ics")
                    .text());
            assertThat(guesthouse).as(user).extracting(FeedIT::summary).contains(SECRET_TITLE + " (confirmed)");
        }
        String officerToken = issue(officer);
        List<VEvent> guesthouse = parse(Api.anonymous(port)
                .get("/feeds/" + officerToken + "/venues/" + day.guesthouse + ".ics")
                .text());
        assertThat(guesthouse).extracting(FeedIT::summary).contains(SECRET_TITLE + " (confirmed)");
        // The heritage site has no managers: its request is the officers' to see.
        List<VEvent> heritage = parse(Api.anonymous(port)
                .get("/feeds/" + officerToken + "/venues/" + day.heritageSite + ".ics")
                .text());
        assertThat(heritage).extracting(FeedIT::summary).containsExactly("Briefing for Ruritania (requested)");
        assertThat(Api.anonymous(port)
                        .get("/feeds/" + officerToken + "/venues/no-such-venue.ics")
                        .status())
                .isEqualTo(404);

        String managerToken = issue(manager);
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous
                        .get("/feeds/" + managerToken + "/venues/" + day.heritageSite + ".ics")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous
                        .get("/feeds/" + managerToken + "/plans/" + day.planId + "/delegations/ruritania.ics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDelegationFeedListsItsScheduledEngagementsWithPlaceAndTimes() {
        for (String user : List.of("admin", "officer", "planner")) {
            String token = issue(Api.as(port, user));
            Api.Answer feed =
                    Api.anonymous(port).get("/feeds/" + token + "/plans/" + day.planId + "/delegations/ruritania.ics");
            assertThat(feed.status()).as(user + ": " + feed.text()).isEqualTo(200);
            List<VEvent> events = parse(feed.text());
            // Published, and the banquet confirmed: each summary says its booking's state, and only the banquet
            // is CONFIRMED (SetbacksIT has the declined, lapsed and cancelled ones).
            assertThat(events)
                    .extracting(FeedIT::summary)
                    .containsExactly(
                            "Briefing for Ruritania (requested, awaiting the venue's answer)",
                            "Welcome of the Ruritanian delegation (requested, awaiting the venue's answer)",
                            SECRET_TITLE + " (confirmed by the venue)");
            assertThat(events)
                    .extracting(event -> event.getStatus().getValue())
                    .containsExactly("TENTATIVE", "TENTATIVE", "CONFIRMED");
            assertThat(events)
                    .extracting(FeedIT::start)
                    .containsExactly(
                            DAY.plusHours(9).atZone(BEIJING).toInstant(),
                            DAY.plusHours(14).atZone(BEIJING).toInstant(),
                            DAY.plusHours(19).atZone(BEIJING).toInstant());
            assertThat(events)
                    .extracting(event -> event.getLocation().getValue())
                    .containsExactly(
                            "Feeds heritage site, Salon",
                            "Feeds guesthouse, Banquet hall",
                            "Feeds guesthouse, Banquet hall");
        }
        String token = issue(officer);
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous
                        .get("/feeds/" + token + "/plans/" + day.planId + "/delegations/nobody.ics")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous
                        .get("/feeds/" + token + "/plans/999999999/delegations/ruritania.ics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aTokenIsStoredOnlyAsItsHashAndStopsWorkingWhenRotatedOrRevoked() {
        Api planner = Api.signedIn(port, "planner");
        Api.Answer issued = planner.post("/api/me/feed-token", Map.of());
        assertThat(issued.status()).isEqualTo(200);
        String first = issued.json().get("token").asString();
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.json().get("venueFeed").asString()).isEqualTo("/feeds/" + first + "/venues/{venueId}.ics");
        String stored =
                jdbc.queryForObject("select feed_token_hash from account where username = 'planner'", String.class);
        assertThat(stored).isEqualTo(FeedTokens.hash(first)).doesNotContain(first);
        String path = "/venues/" + day.guesthouse + ".ics";
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/feeds/" + first + path).status()).isEqualTo(200);

        String second = issue(planner);
        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous.get("/feeds/" + first + path).status())
                .as("rotated away")
                .isEqualTo(404);
        assertThat(anonymous.get("/feeds/" + second + path).status()).isEqualTo(200);

        assertThat(planner.delete("/api/me/feed-token").status()).isEqualTo(204);
        assertThat(planner.delete("/api/me/feed-token").status())
                .as("revoking again")
                .isEqualTo(204);
        assertThat(anonymous.get("/feeds/" + second + path).status())
                .as("revoked")
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select feed_token_hash from account where username = 'planner'", String.class))
                .isNull();

        assertThat(anonymous.get("/feeds/" + "A".repeat(43) + path).status())
                .as("unknown")
                .isEqualTo(404);
        assertThat(anonymous.get("/feeds/not-a-token" + path).status())
                .as("malformed")
                .isEqualTo(404);
    }

    @Test
    void aDisabledOwnersTokenIs404() {
        String token = "disabledOwnerToken_" + "x".repeat(24);
        jdbc.update(
                "insert into account (username, display_name, password_hash, enabled, feed_token_hash,"
                        + " feed_token_issued_at) values (?, 'Disabled officer', '{noop}unused', false, ?, now())",
                "feed-disabled-" + day.planId,
                FeedTokens.hash(token));
        jdbc.update(
                "insert into account_role (account_id, role) select id, 'PROTOCOL_OFFICER' from account"
                        + " where username = ?",
                "feed-disabled-" + day.planId);

        assertThat(Api.anonymous(port)
                        .get("/feeds/" + token + "/venues/" + day.guesthouse + ".ics")
                        .status())
                .isEqualTo(404);
        jdbc.update("update account set enabled = true where username = ?", "feed-disabled-" + day.planId);
        assertThat(Api.anonymous(port)
                        .get("/feeds/" + token + "/venues/" + day.guesthouse + ".ics")
                        .status())
                .as("the same token once the account is enabled")
                .isEqualTo(200);
    }

    @Test
    void everyRoleIssuesAndRevokesItsOwnTokenAndAnonymousCallersAre401() {
        for (String user : List.of("admin", "officer", "planner", "manager")) {
            Api api = Api.as(port, user);
            assertThat(api.post("/api/me/feed-token", Map.of()).status())
                    .as(user)
                    .isEqualTo(200);
            assertThat(api.delete("/api/me/feed-token").status()).as(user).isEqualTo(204);
        }
        Api anonymous = Api.anonymous(port);
        anonymous.get("/api/csrf");
        String csrf = anonymous.cookie("XSRF-TOKEN");
        assertThat(anonymous
                        .send(anonymous
                                .request("/api/me/feed-token")
                                .header("X-XSRF-TOKEN", csrf)
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(401);
        assertThat(anonymous
                        .send(anonymous
                                .request("/api/me/feed-token")
                                .header("X-XSRF-TOKEN", csrf)
                                .DELETE())
                        .status())
                .isEqualTo(401);
    }

    private static String issue(Api api) {
        Api.Answer issued = api.post("/api/me/feed-token", Map.of());
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        return issued.json().get("token").asString();
    }

    private JsonNode booking(Api api, String engagement) {
        for (JsonNode booking :
                api.get("/api/bookings?plan=" + day.planId).json().get("content")) {
            if (booking.get("engagement").get("id").asString().equals(engagement)) {
                return booking;
            }
        }
        throw new AssertionError("no booking of " + engagement);
    }

    private static List<VEvent> parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            return calendar.getComponents(Component.VEVENT);
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + ics, e);
        }
    }

    private static String summary(VEvent event) {
        return event.getSummary().getValue();
    }

    /** The instant of the start; the parsed zone is ical4j's own ({@code ical4j~uuid}), hence the TZID check above. */
    private static Instant start(VEvent event) {
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        return Instant.from(start.getDate());
    }
}
