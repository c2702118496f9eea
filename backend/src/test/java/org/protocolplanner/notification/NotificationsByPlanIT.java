package org.protocolplanner.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.booking.BookingFixtures.DAY;
import static org.protocolplanner.booking.BookingFixtures.SECRET_TITLE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Notifications at summit scale: a publish tells each recipient once, with how many requests at how many of
 * their venues; a reader's notifications come grouped by plan, a page at a time with the total, and are
 * marked read all at once or a plan's at once. Accounts of the test's own count exactly what they are told.
 */
@IntegrationTest
class NotificationsByPlanIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishTellsEachRecipientOnceCountingTheRequestsAtAllTheirVenues() {
        Site site = Site.next("notes");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Counted " + site.guesthouse(), site);
        long planId = BookingFixtures.planId(plan);
        Api both = Api.as(
                port,
                BookingFixtures.account(
                        port,
                        site.guesthouse() + "-both",
                        "VENUE_MANAGER",
                        List.of(site.guesthouse(), site.heritageSite())));
        Api officers = Api.as(
                port, BookingFixtures.account(port, site.guesthouse() + "-officer", "PROTOCOL_OFFICER", List.of()));

        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);

        // The manager of both venues: one notice for the plan's three requests at their two venues.
        JsonNode mine = both.get("/api/notifications?plan=" + planId).json();
        assertThat(mine.get("totalElements").asLong()).isEqualTo(1);
        JsonNode notice = mine.get("content").get(0);
        assertThat(notice.get("kind").asString()).isEqualTo("BOOKINGS_REQUESTED");
        assertThat(notice.get("planId").asLong()).isEqualTo(planId);
        assertThat(notice.get("planName").asString()).isEqualTo("Counted " + site.guesthouse());
        assertThat(notice.get("bookingCount").asInt()).isEqualTo(3);
        assertThat(notice.get("venueCount").asInt()).isEqualTo(2);
        assertThat(notice.get("message").asString())
                .startsWith("Plan 'Counted " + site.guesthouse() + "' published: 3 booking request(s) at 2 venues")
                .contains("[booking ", "Salon", "confidential engagement")
                .doesNotContain(SECRET_TITLE);

        // The demo manager manages the guesthouse only: one notice for its two requests, naming it.
        JsonNode guesthouse = Api.signedIn(port, "manager")
                .get("/api/notifications?plan=" + planId)
                .json();
        assertThat(guesthouse.get("totalElements").asLong()).isEqualTo(1);
        assertThat(guesthouse.get("content").get(0).get("bookingCount").asInt()).isEqualTo(2);
        assertThat(guesthouse.get("content").get(0).get("venueCount").asInt()).isEqualTo(1);
        assertThat(guesthouse.get("content").get(0).get("message").asString()).contains("at Test guesthouse");

        // Every venue has managers now: the officers answer none of these, and are told of none.
        assertThat(officers.get("/api/notifications?plan=" + planId)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        // A re-publish that moves one engagement: one withdrawal and one request, each told once.
        BookingFixtures.place(jdbc, plan, "talks", site.meetingRoom(), DAY.plusHours(15));
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);
        JsonNode after = both.get("/api/notifications?plan=" + planId).json();
        assertThat(after.get("totalElements").asLong()).isEqualTo(3);
        assertThat(after.get("content").findValuesAsString("kind"))
                .containsExactly("BOOKINGS_REQUESTED", "BOOKINGS_WITHDRAWN", "BOOKINGS_REQUESTED");
        assertThat(after.get("content").get(1).get("bookingCount").asInt()).isEqualTo(1);
        assertThat(after.get("content").get(1).get("message").asString())
                .contains("1 booking request(s) at Test guesthouse withdrawn");
    }

    @Test
    void notificationsAreGroupedByPlanPagedAndMarkedReadAllAtOnce() {
        Site first = Site.next("groups");
        Site second = Site.next("groups");
        Api officers = Api.as(
                port, BookingFixtures.account(port, first.guesthouse() + "-officer", "PROTOCOL_OFFICER", List.of()));
        Api officer = Api.signedIn(port, "officer");
        String summit = BookingFixtures.importPlaced(officer, jdbc, "Grouped A " + first.guesthouse(), first);
        String forum = BookingFixtures.importPlaced(officer, jdbc, "Grouped B " + second.guesthouse(), second);
        long summitId = BookingFixtures.planId(summit);
        long forumId = BookingFixtures.planId(forum);
        assertThat(officer.post(summit + "/publish", Map.of()).status()).isEqualTo(200);
        // The summit's guesthouse answers: a decline (and so a re-plan) and a confirmation, four notices in all.
        Api manager = Api.signedIn(port, "manager");
        assertThat(manager.post(
                                "/api/bookings/" + booking(summitId, "banquet") + "/decline",
                                Map.of("reason", "Renovation"))
                        .status())
                .isEqualTo(200);
        assertThat(manager.post("/api/bookings/" + booking(summitId, "talks") + "/confirm", null)
                        .status())
                .isEqualTo(200);
        assertThat(officer.post(forum + "/publish", Map.of()).status()).isEqualTo(200);

        // Two groups, the forum's (the newest notice) first, each counted.
        JsonNode groups = officers.get("/api/notifications/plans").json();
        assertThat(groups.get("totalElements").asLong()).isEqualTo(2);
        assertThat(groups.get("content").findValuesAsString("planName"))
                .containsExactly("Grouped B " + second.guesthouse(), "Grouped A " + first.guesthouse());
        JsonNode summitGroup = groups.get("content").get(1);
        assertThat(summitGroup.get("planId").asLong()).isEqualTo(summitId);
        assertThat(summitGroup.get("total").asLong()).isEqualTo(4);
        assertThat(summitGroup.get("unread").asLong()).isEqualTo(4);
        JsonNode secondPage =
                officers.get("/api/notifications/plans?size=1&page=1").json();
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(secondPage.get("content").get(0).get("planId").asLong()).isEqualTo(summitId);

        // One plan's notices, a page at a time, with the total.
        JsonNode page = officers.get("/api/notifications?plan=" + summitId + "&size=3&page=1")
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("content").size()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("kind").asString()).isEqualTo("BOOKINGS_REQUESTED");
        assertThat(officers.get("/api/notifications?plan=" + summitId + "&size=3")
                        .json()
                        .get("content")
                        .findValuesAsString("kind"))
                .containsExactly("BOOKING_CONFIRMED", "REPLAN_NEEDED", "BOOKING_DECLINED");

        // Marking the summit's read leaves the forum's unread; marking all leaves none; again marks nothing.
        assertThat(unread(officers)).isEqualTo(5);
        assertThat(officers.post("/api/notifications/read?plan=" + summitId, null)
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(4);
        assertThat(unread(officers)).isEqualTo(1);
        JsonNode unreadGroups =
                officers.get("/api/notifications/plans?unread=true").json();
        assertThat(unreadGroups.get("content").findValuesAsString("planName"))
                .containsExactly("Grouped B " + second.guesthouse());
        assertThat(officers.get("/api/notifications?unread=true&plan=" + forumId)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(officers.post("/api/notifications/read", null)
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(1);
        assertThat(unread(officers)).isZero();
        assertThat(officers.post("/api/notifications/read", null)
                        .json()
                        .get("marked")
                        .asInt())
                .isZero();
        assertThat(unread(officer)).as("another reader's stay unread").isPositive();

        Api.Answer badPlan = officers.get("/api/notifications?plan=summit");
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.json().get("errors").get(0).get("path").asString()).isEqualTo("plan");
        assertThat(officers.post("/api/notifications/read?plan=summit", null).status())
                .isEqualTo(400);
    }

    @Test
    void aPlanNeedingARePlanIsSaidSoOnceUntilItIsPublishedAgain() {
        Site site = Site.next("replan-once");
        Api officers = Api.as(
                port, BookingFixtures.account(port, site.guesthouse() + "-officer", "PROTOCOL_OFFICER", List.of()));
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Re-plan once " + site.guesthouse(), site);
        long planId = BookingFixtures.planId(plan);
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);
        Api manager = Api.signedIn(port, "manager");
        for (String eventId : List.of("banquet", "talks")) {
            assertThat(manager.post(
                                    "/api/bookings/" + booking(planId, eventId) + "/decline",
                                    Map.of("reason", "Renovation"))
                            .status())
                    .isEqualTo(200);
        }
        assertThat(kinds(officers, planId))
                .containsExactly("BOOKING_DECLINED", "REPLAN_NEEDED", "BOOKING_DECLINED", "BOOKINGS_REQUESTED");

        // Published again, the plan no longer needs a re-plan; the next first request declined says so anew.
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(officer.post(
                                "/api/bookings/" + booking(planId, "briefing") + "/decline",
                                Map.of("reason", "The salon is closed"))
                        .status())
                .isEqualTo(200);
        assertThat(kinds(officers, planId).subList(0, 2)).containsExactly("REPLAN_NEEDED", "BOOKING_DECLINED");
        assertThat(kinds(officers, planId)).filteredOn("REPLAN_NEEDED"::equals).hasSize(2);
    }

    private static List<String> kinds(Api api, long planId) {
        return api.get("/api/notifications?size=50&plan=" + planId)
                .json()
                .get("content")
                .findValuesAsString("kind");
    }

    private long booking(long planId, String eventId) {
        return jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ? order by b.id desc limit 1",
                Long.class,
                planId,
                eventId);
    }

    private static long unread(Api api) {
        return api.get("/api/notifications/unread-count").json().get("count").asLong();
    }
}
