package org.protocolplanner.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.booking.BookingFixtures.DAY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.FromAddress;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The start page's {@code GET /api/overview}: each role is told what needs it now, and nothing of the
 * roles it does not have: officers the plans to re-plan, the requests they answer and what lapses soon;
 * managers their venues' requests by deadline; planners their own scenarios; administrators throttled
 * accounts and the newest audit entries.
 */
@IntegrationTest
class OverviewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerIsToldWhichPlansNeedARePlanWhatTheyAnswerAndWhatLapsesSoon() {
        Site site = Site.next("overview-officer");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Overview " + site.guesthouse(), site);
        long planId = BookingFixtures.planId(plan);
        assertThat(officer.post(plan + "/publish", Map.of("answerWithinHours", 2))
                        .status())
                .isEqualTo(200);
        Instant answerBy = answerBy(officer, booking(planId, "briefing"));
        assertThat(Api.signedIn(port, "manager")
                        .post(
                                "/api/bookings/" + booking(planId, "banquet") + "/decline",
                                Map.of("reason", "Renovation"))
                        .status())
                .isEqualTo(200);

        JsonNode overview = officer.get("/api/overview").json();

        assertThat(overview.get("manager").isNull()).isTrue();
        assertThat(overview.get("planner").isNull()).isTrue();
        assertThat(overview.get("admin").isNull()).isTrue();
        JsonNode work = overview.get("officer");
        JsonNode replan = work.get("plansToReplan").get(0);
        assertThat(replan.get("planId").asLong())
                .as("the plan changed last comes first")
                .isEqualTo(planId);
        assertThat(replan.get("planName").asString()).isEqualTo("Overview " + site.guesthouse());
        assertThat(replan.get("needsReplan").asBoolean()).isTrue();
        // The salon's venue has no managers: its request is the officers' to answer, by its answer-by time.
        assertThat(work.get("unmanagedRequests").asLong()).isPositive();
        assertThat(list(work.get("unmanagedDeadlines")))
                .filteredOn(d -> !d.get("answerBy").isNull()
                        && Instant.parse(d.get("answerBy").asString()).equals(answerBy))
                .singleElement()
                .satisfies(deadline ->
                        assertThat(deadline.get("requests").asLong()).isPositive());
        // The two requests still open lapse within the day, whoever answers them.
        Instant lapsingBefore = Instant.parse(work.get("lapsingBefore").asString());
        assertThat(Duration.between(Instant.parse(overview.get("now").asString()), lapsingBefore))
                .isEqualTo(Duration.ofHours(24));
        JsonNode lapsing = find(work.get("lapsing"), "planId", String.valueOf(planId));
        assertThat(lapsing.get("requests").asLong()).isEqualTo(2);
        assertThat(Instant.parse(lapsing.get("soonestAnswerBy").asString())).isEqualTo(answerBy);
    }

    @Test
    void aManagerIsToldTheirVenuesRequestsByDeadlineAndNothingElse() {
        Site site = Site.next("overview-manager");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Deadlines " + site.guesthouse(), site);
        Api manager = Api.as(
                port,
                BookingFixtures.account(
                        port, site.guesthouse() + "-manager", "VENUE_MANAGER", List.of(site.guesthouse())));
        long planId = BookingFixtures.planId(plan);
        assertThat(officer.post(plan + "/publish", Map.of("answerWithinHours", 48))
                        .status())
                .isEqualTo(200);
        Instant later = answerBy(officer, booking(planId, "banquet"));
        BookingFixtures.place(jdbc, plan, "talks", site.meetingRoom(), DAY.plusHours(15));
        assertThat(officer.post(plan + "/publish", Map.of("answerWithinHours", 24))
                        .status())
                .isEqualTo(200);
        Instant sooner = answerBy(officer, booking(planId, "talks"));

        JsonNode overview = manager.get("/api/overview").json();

        assertThat(overview.get("officer").isNull())
                .as("nothing of the plans or other venues")
                .isTrue();
        assertThat(overview.get("planner").isNull()).isTrue();
        assertThat(overview.get("admin").isNull()).isTrue();
        JsonNode work = overview.get("manager");
        assertThat(work.get("requests").asLong()).isEqualTo(2);
        List<JsonNode> deadlines = list(work.get("deadlines"));
        assertThat(deadlines)
                .extracting(d -> Instant.parse(d.get("answerBy").asString()))
                .containsExactly(sooner, later);
        assertThat(deadlines).extracting(d -> d.get("requests").asLong()).containsExactly(1L, 1L);
    }

    @Test
    void aPlannerIsToldTheirOwnScenariosAndTheirStatus() {
        Site site = Site.next("overview-planner");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Scenarios " + site.guesthouse(), site);
        Api planner = Api.as(port, BookingFixtures.account(port, site.guesthouse() + "-planner", "PLANNER", List.of()));
        assertThat(Api.as(port, "planner")
                        .post(plan + "/scenarios", Map.of("name", "Not mine"))
                        .status())
                .isEqualTo(201);
        String draft = planner.post(plan + "/scenarios", Map.of("name", "Venue closes"))
                .header("Location");
        String proposed = planner.post(plan + "/scenarios", Map.of("name", "Arrives late"))
                .header("Location");
        assertThat(planner.post(proposed + "/propose", null).status()).isEqualTo(200);

        JsonNode work = planner.get("/api/overview").json().get("planner");

        assertThat(work.get("drafts").asLong()).isEqualTo(1);
        assertThat(work.get("proposed").asLong()).isEqualTo(1);
        assertThat(work.get("adopted").asLong()).isZero();
        List<JsonNode> scenarios = list(work.get("scenarios"));
        assertThat(scenarios).extracting(s -> s.get("name").asString()).containsExactly("Arrives late", "Venue closes");
        assertThat(scenarios).extracting(s -> s.get("status").asString()).containsExactly("PROPOSED", "DRAFT");
        assertThat(scenarios.get(1).get("planId").asLong()).isEqualTo(BookingFixtures.planId(draft));
        assertThat(scenarios.get(1).get("originPlanId").asLong()).isEqualTo(BookingFixtures.planId(plan));
        assertThat(scenarios.get(1).get("originPlanName").asString()).isEqualTo("Scenarios " + site.guesthouse());
    }

    @Test
    void anAdministratorIsToldOfThrottledAndDisabledAccountsAndTheNewestAuditEntries() {
        String username = Site.next("overview-admin").guesthouse();
        BookingFixtures.account(port, username, "PLANNER", List.of());
        // Wrong passwords from an address of this test's own, so that no other test's address is throttled.
        FromAddress guesser = FromAddress.of(port, "127.0.0.90");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.basic("/api/me", username, "wrong-" + i).status())
                    .isEqualTo(401);
        }
        Api admin = Api.as(port, "admin");
        long disabledBefore = admin.get("/api/overview")
                .json()
                .get("admin")
                .get("disabledAccounts")
                .asLong();
        String disabled = BookingFixtures.account(port, username + "-off", "PLANNER", List.of());
        long id = jdbc.queryForObject("select id from account where username = ?", Long.class, disabled);
        assertThat(admin.post("/api/accounts/" + id + "/disable", null).status())
                .isEqualTo(200);

        JsonNode overview = admin.get("/api/overview").json();

        assertThat(overview.get("officer").isNull()).isTrue();
        JsonNode work = overview.get("admin");
        JsonNode throttled = find(work.get("throttledAccounts"), "username", username);
        assertThat(throttled.get("failures").asInt()).isEqualTo(5);
        assertThat(work.get("disabledAccounts").asLong()).isEqualTo(disabledBefore + 1);
        JsonNode newest = work.get("recentAudit").get(0);
        assertThat(newest.get("entity").asString()).isEqualTo("account");
        assertThat(newest.get("entityId").asString()).isEqualTo(disabled);
        assertThat(newest.get("action").asString()).isEqualTo("disable");
    }

    /** A request's answer-by time as stored (to the microsecond), as the overview reads it. */
    private static Instant answerBy(Api api, long bookingId) {
        return Instant.parse(
                api.get("/api/bookings/" + bookingId).json().get("answerBy").asString());
    }

    private long booking(long planId, String eventId) {
        return jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ? order by b.id desc limit 1",
                Long.class,
                planId,
                eventId);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
