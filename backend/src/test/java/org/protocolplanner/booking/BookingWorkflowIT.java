package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.protocolplanner.booking.BookingFixtures.DAY;
import static org.protocolplanner.booking.BookingFixtures.SECRET_TITLE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Publishing a live plan and answering its requests over HTTP, for each role of the matrix in docs/reference/roles.md. */
@IntegrationTest
class BookingWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookingLapses lapses;

    @Autowired
    Clock clock;

    private Site site;
    private String plan;
    private Api officer;

    @BeforeEach
    void publishableSummitDay() {
        site = Site.next("bk");
        officer = Api.signedIn(port, "officer");
        plan = BookingFixtures.importPlaced(officer, jdbc, "Booking workflow " + site.guesthouse(), site);
    }

    @Test
    void publishingRequestsEveryPlacedEngagementAndRoutesThemToTheVenuesManagersOrTheOfficers() {
        long officerUnread = unread(officer);
        Api manager = Api.signedIn(port, "manager");
        long managerUnread = unread(manager);

        JsonNode published = publish(Map.of("answerWithinHours", 24));
        assertThat(published.get("created").asInt()).isEqualTo(3);
        assertThat(published.get("withdrawn").asInt()).isZero();
        assertThat(published.get("requested").get(0).get("status").asString()).isEqualTo("REQUESTED");
        JsonNode banquet = engagement("banquet");
        assertThat(banquet.get("published").get("spaceId").asString()).isEqualTo(site.banquetHall());
        assertThat(banquet.get("published").get("start").asString())
                .startsWith(DAY.plusHours(19).toString());

        // The manager's inbox: the guesthouse's two requests, the confidential banquet without title or attendees.
        JsonNode inbox = manager.get("/api/bookings?status=REQUESTED&plan=" + planId())
                .json()
                .get("content");
        assertThat(inbox.size()).isEqualTo(2);
        JsonNode secret = StreamSupport.stream(inbox.spliterator(), false)
                .filter(b -> b.get("id").asLong() == bookingId("banquet"))
                .findFirst()
                .orElseThrow();
        assertThat(secret.get("engagement").get("id").isNull())
                .as("an id names what it holds")
                .isTrue();
        assertThat(secret.get("engagement").get("title").isNull()).isTrue();
        assertThat(secret.get("engagement").get("attendees").isNull()).isTrue();
        assertThat(secret.get("engagement").get("type").asString()).isEqualTo("STATE_BANQUET");
        assertThat(secret.get("engagement").get("headcount").asInt()).isEqualTo(120);
        assertThat(secret.get("engagement").get("layout").asString()).isEqualTo("BANQUET");
        assertThat(secret.get("localStart").asString())
                .startsWith(DAY.plusHours(19).toString());
        assertThat(secret.get("busyUntil").asString())
                .as("end 21:00 plus 30 min turnover, Beijing time")
                .isEqualTo("2027-05-10T13:30:00Z");
        assertThat(manager.get("/api/bookings/" + secret.get("id").asLong()).text())
                .doesNotContain(SECRET_TITLE);
        assertThat(officer.get("/api/bookings/" + secret.get("id").asLong())
                        .json()
                        .get("engagement")
                        .get("title")
                        .asString())
                .isEqualTo(SECRET_TITLE);

        // The salon's venue has no managers: its request is in the officers' inbox, and unknown to the manager.
        long salon = bookingId("briefing");
        assertThat(manager.get("/api/bookings/" + salon).status()).isEqualTo(404);
        assertThat(unread(officer)).isGreaterThan(officerUnread);
        assertThat(unread(manager)).isGreaterThan(managerUnread);
        JsonNode note = manager.get("/api/notifications?unread=true")
                .json()
                .get("content")
                .get(0);
        assertThat(note.get("kind").asString()).isEqualTo("BOOKINGS_REQUESTED");
        assertThat(note.get("message").asString())
                .contains("confidential engagement")
                .doesNotContain(SECRET_TITLE);
        String answerBy = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(Instant.parse(published.get("answerBy").asString()).atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(note.get("message").asString()).contains("to be answered by " + answerBy + " Beijing time");
    }

    @Test
    void theOfficersInboxListsOnlyTheRequestsOfVenuesWithoutManagersAndTheyAnswerOnlyThose() {
        publish(Map.of());
        String requested = "/api/bookings?status=REQUESTED&plan=" + planId();

        // Without the filter the officer reads all three requests, each saying whether its venue has managers.
        JsonNode all = officer.get(requested).json().get("content");
        assertThat(all.size()).isEqualTo(3);
        assertThat(booking(all, "banquet").get("venueManaged").asBoolean()).isTrue();
        assertThat(booking(all, "talks").get("venueManaged").asBoolean()).isTrue();
        assertThat(booking(all, "briefing").get("venueManaged").asBoolean()).isFalse();

        // managed=false: the officers' inbox, the salon's request only (the count agrees with the page).
        JsonNode inbox = officer.get(requested + "&managed=false").json();
        assertThat(inbox.get("totalElements").asLong()).isEqualTo(1);
        assertThat(inbox.get("content").size()).isEqualTo(1);
        JsonNode salonRequest = inbox.get("content").get(0);
        assertThat(salonRequest.get("engagement").get("id").asString()).isEqualTo("briefing");
        assertThat(salonRequest.get("venueId").asString()).isEqualTo(site.heritageSite());
        assertThat(salonRequest.get("venueManaged").asBoolean()).isFalse();
        assertThat(officer.get("/api/bookings/" + salonRequest.get("id").asLong())
                        .json()
                        .get("venueManaged")
                        .asBoolean())
                .isFalse();

        // managed=true: the guesthouse's two; for its manager the same two, and nothing unmanaged.
        JsonNode managed = officer.get(requested + "&managed=true").json();
        assertThat(managed.get("totalElements").asLong()).isEqualTo(2);
        assertThat(StreamSupport.stream(managed.get("content").spliterator(), false)
                        .allMatch(b -> b.get("venueManaged").asBoolean()
                                && b.get("venueId").asString().equals(site.guesthouse())))
                .isTrue();
        Api manager = Api.signedIn(port, "manager");
        assertThat(manager.get(requested + "&managed=true")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(2);
        assertThat(manager.get(requested + "&managed=false")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(officer.get(requested + "&managed=maybe").status()).isEqualTo(400);

        // The officer answers the request in the inbox, and is refused one of a managed venue.
        Api.Answer confirmed =
                officer.post("/api/bookings/" + salonRequest.get("id").asLong() + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("venueManaged").asBoolean()).isFalse();
        assertThat(officer.post("/api/bookings/" + bookingId("talks") + "/confirm", null)
                        .status())
                .isEqualTo(403);
        assertThat(officer.post("/api/bookings/" + bookingId("talks") + "/decline", Map.of("reason", "no"))
                        .status())
                .isEqualTo(403);
        assertThat(officer.get(requested + "&managed=false")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    @Test
    void onlyOfficersPublishLivePlansAndTheAnswerByTimeIsChecked() {
        assertThat(Api.signedIn(port, "planner")
                        .post(plan + "/publish", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(Api.signedIn(port, "manager")
                        .post(plan + "/publish", Map.of())
                        .status())
                .isEqualTo(403);
        for (int hours : new int[] {0, 721}) {
            Api.Answer refused = officer.post(plan + "/publish", Map.of("answerWithinHours", hours));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("path").asString())
                    .isEqualTo("answerWithinHours");
        }
        Api.Answer wrongType = officer.post(plan + "/publish", "{\"answerWithinHours\": \"soon\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("path").asString()).isEqualTo("answerWithinHours");

        Api.Answer scenario = officer.post(plan + "/scenarios", Map.of());
        if (scenario.status() == 201) {
            assertThat(officer.post(scenario.header("Location") + "/publish", Map.of())
                            .status())
                    .isEqualTo(409);
        }
        Api.Answer published = officer.post(plan + "/publish", null);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        JsonNode booking = officer.get("/api/bookings/" + bookingId("talks")).json();
        assertThat(Duration.between(
                        java.time.Instant.parse(booking.get("requestedAt").asString()),
                        java.time.Instant.parse(booking.get("answerBy").asString())))
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void theBookingRowsOfTheRoleMatrixHoldForEveryRole() {
        publish(Map.of());
        Api admin = Api.signedIn(port, "admin");
        Api planner = Api.signedIn(port, "planner");
        Api manager = Api.signedIn(port, "manager");
        Api anonymous = Api.anonymous(port);
        String mine = "/api/bookings?plan=" + planId();
        assertThat(anonymous.get(mine).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/notifications").status()).isEqualTo(401);
        assertThat(admin.get(mine).json().get("totalElements").asLong()).isEqualTo(3);
        assertThat(planner.get(mine).json().get("totalElements").asLong()).isEqualTo(3);
        assertThat(manager.get(mine).json().get("totalElements").asLong())
                .as("own venues only")
                .isEqualTo(2);
        assertThat(planner.get("/api/bookings/" + bookingId("banquet"))
                        .json()
                        .get("engagement")
                        .get("title")
                        .asString())
                .as("planners read confidential engagements")
                .isEqualTo(SECRET_TITLE);
        Api.Answer badStatus = admin.get("/api/bookings?status=MAYBE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("path").asString()).isEqualTo("status");

        long salon = bookingId("briefing");
        long talks = bookingId("talks");
        assertThat(planner.post("/api/bookings/" + salon + "/withdraw", null).status())
                .isEqualTo(403);
        assertThat(planner.post("/api/bookings/" + salon + "/decline", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post("/api/bookings/" + talks + "/decline", Map.of("reason", "x"))
                        .status())
                .as("the guesthouse has managers")
                .isEqualTo(403);
        assertThat(admin.post("/api/bookings/" + salon + "/confirm", null).status())
                .isEqualTo(200);
        assertThat(planner.post("/api/bookings/" + salon + "/cancel", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post("/api/bookings/" + talks + "/withdraw", null).status())
                .isEqualTo(200);
        for (Api anyone : List.of(admin, planner, manager)) {
            assertThat(anyone.get("/api/notifications/unread-count").status()).isEqualTo(200);
        }
    }

    @Test
    void answersFollowTheLifecycleTableAndRepeatingOneReturnsTheSameBooking() {
        publish(Map.of());
        Api manager = Api.signedIn(port, "manager");
        long talks = bookingId("talks");

        Api.Answer confirmed = manager.post("/api/bookings/" + talks + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(engagement("talks").get("pinned").get("spaceId").asString()).isEqualTo(site.meetingRoom());
        Api.Answer again = manager.post("/api/bookings/" + talks + "/confirm", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong())
                .isEqualTo(confirmed.json().get("version").asLong());

        Api.Answer declineConfirmed = manager.post("/api/bookings/" + talks + "/decline", Map.of("reason", "no"));
        assertThat(declineConfirmed.status()).isEqualTo(409);
        assertThat(manager.post("/api/bookings/" + talks + "/withdraw", null).status())
                .as("managers never withdraw")
                .isEqualTo(403);
        Api.Answer withoutReason = manager.post("/api/bookings/" + talks + "/cancel", Map.of());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors").get(0).get("path").asString())
                .isEqualTo("reason");
        Api.Answer cancelled =
                manager.post("/api/bookings/" + talks + "/cancel", Map.of("reason", "The room is flooded"));
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(officer.get(plan).json().get("needsAttention").asBoolean()).isTrue();
        assertThat(manager.post("/api/bookings/" + talks + "/confirm", null).status())
                .isEqualTo(409);

        // Who answers: the guesthouse's managers, not the officers; the salon's officers; never planners.
        long banquet = bookingId("banquet");
        long salon = bookingId("briefing");
        assertThat(officer.post("/api/bookings/" + banquet + "/confirm", null).status())
                .isEqualTo(403);
        assertThat(Api.signedIn(port, "planner")
                        .post("/api/bookings/" + banquet + "/confirm", null)
                        .status())
                .isEqualTo(403);
        assertThat(manager.post("/api/bookings/" + salon + "/confirm", null).status())
                .isEqualTo(404);
        assertThat(manager.post("/api/bookings/" + salon + "/cancel", Map.of("reason", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(officer.post("/api/bookings/" + salon + "/confirm", null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");
        assertThat(officer.post("/api/bookings/" + salon + "/cancel", null)
                        .json()
                        .get("status")
                        .asString())
                .as("an officer may cancel without a reason")
                .isEqualTo("CANCELLED");

        Api.Answer withdrawn = officer.post("/api/bookings/" + banquet + "/withdraw", null);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(officer.post("/api/bookings/" + banquet + "/withdraw", null).status())
                .isEqualTo(200);
        assertThat(manager.post("/api/bookings/" + banquet + "/decline", Map.of("reason", "late"))
                        .status())
                .isEqualTo(409);
        assertThat(officer.post("/api/bookings/999999999/confirm", null).status())
                .isEqualTo(404);
        assertThat(officer.post("/api/bookings/not-a-number/confirm", null).status())
                .isEqualTo(400);
    }

    @Test
    void declineOfAFirstRequestExcludesTheSpaceUnpinsAndAsksForAReplan() {
        publish(Map.of());
        Api manager = Api.signedIn(port, "manager");
        long banquet = bookingId("banquet");
        Api.Answer noReason = manager.post("/api/bookings/" + banquet + "/decline", null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("path").asString()).isEqualTo("reason");

        Api.Answer declined =
                manager.post("/api/bookings/" + banquet + "/decline", Map.of("reason", "The hall is being renovated"));
        assertThat(declined.status()).as(declined.text()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().get("reason").asString()).isEqualTo("The hall is being renovated");
        JsonNode engagement = engagement("banquet");
        assertThat(engagement.get("excludedSpaces").toString()).contains(site.banquetHall());
        assertThat(engagement.get("pinned").isNull()).isTrue();
        assertThat(officer.get(plan).json().get("needsReplan").asBoolean()).isTrue();
        assertThat(manager.post("/api/bookings/" + banquet + "/decline", Map.of("reason", "again"))
                        .status())
                .as("repeating the answer")
                .isEqualTo(200);

        JsonNode notes =
                officer.get("/api/notifications?unread=true&size=50").json().get("content");
        JsonNode replan = StreamSupport.stream(notes.spliterator(), false)
                .filter(n -> n.get("kind").asString().equals("REPLAN_NEEDED")
                        && n.get("subjectId").asString().equals(String.valueOf(planId())))
                .findFirst()
                .orElseThrow();
        long before = unread(officer);
        Api.Answer read = officer.post("/api/notifications/" + replan.get("id").asLong() + "/read", null);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(unread(officer)).isEqualTo(before - 1);
        assertThat(manager.post("/api/notifications/" + replan.get("id").asLong() + "/read", null)
                        .status())
                .as("someone else's notification")
                .isEqualTo(404);
    }

    @Test
    void republishingWithdrawsWhatChangedCreatesTheNewAndLeavesTheRest() {
        publish(Map.of());
        long oldTalks = bookingId("talks");
        BookingFixtures.place(jdbc, plan, "talks", site.meetingRoom(), DAY.plusHours(14));

        JsonNode again = publish(Map.of());
        assertThat(again.get("created").asInt()).isEqualTo(1);
        assertThat(again.get("withdrawn").asInt()).isEqualTo(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(officer.get("/api/bookings/" + oldTalks).json().get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(again.get("requested").get(0).get("localStart").asString())
                .startsWith(DAY.plusHours(14).toString());
        assertThat(publish(Map.of()).get("created").asInt())
                .as("nothing changed")
                .isZero();
    }

    @Test
    void movingAConfirmedEngagementKeepsTheOldBookingUntilTheNewIsConfirmed() {
        publish(Map.of());
        Api manager = Api.signedIn(port, "manager");
        long first = bookingId("talks");
        manager.post("/api/bookings/" + first + "/confirm", null);

        // The officer unpins it and moves it; re-publishing asks for the new place, replacing the old.
        move("talks", site.meetingRoom(), DAY.plusHours(15));
        JsonNode republished = publish(Map.of());
        JsonNode request = republished.get("requested").get(0);
        assertThat(request.get("replacesBookingId").asLong()).isEqualTo(first);
        assertThat(officer.get("/api/bookings/" + first).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(officer.get(plan + "/export").text())
                .as("the old booking is a derived closure")
                .contains("confirmed booking " + first);

        Api.Answer confirmed = manager.post("/api/bookings/" + request.get("id").asLong() + "/confirm", null);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(officer.get("/api/bookings/" + first).json().get("status").asString())
                .isEqualTo("CANCELLED");

        // A declined move puts it back at its confirmed place, pinned, and needs no re-plan.
        move("talks", site.meetingRoom(), DAY.plusHours(16));
        long second = request.get("id").asLong();
        JsonNode moveRequest = publish(Map.of()).get("requested").get(0);
        Api.Answer declined = manager.post(
                "/api/bookings/" + moveRequest.get("id").asLong() + "/decline", Map.of("reason", "Taken by a wedding"));
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        JsonNode talks = engagement("talks");
        assertThat(talks.get("pinned").get("start").asString())
                .startsWith(DAY.plusHours(15).toString());
        assertThat(talks.get("excludedSpaces").toString()).contains(site.meetingRoom());
        assertThat(officer.get("/api/bookings/" + second).json().get("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(officer.get(plan).json().get("needsReplan").asBoolean()).isFalse();
    }

    @Test
    void theLapseJobLapsesRequestsUnansweredByTheirAnswerByTime() {
        publish(Map.of("answerWithinHours", 1));
        long talks = bookingId("talks");
        assertThat(lapses.lapseDueBy(clock.instant().plus(Duration.ofMinutes(30))))
                .as("not yet due")
                .isGreaterThanOrEqualTo(0);
        assertThat(officer.get("/api/bookings/" + talks).json().get("status").asString())
                .isEqualTo("REQUESTED");

        assertThat(lapses.lapseDueBy(clock.instant().plus(Duration.ofHours(2)))).isGreaterThanOrEqualTo(3);
        JsonNode lapsed = officer.get("/api/bookings/" + talks).json();
        assertThat(lapsed.get("status").asString()).isEqualTo("LAPSED");
        assertThat(lapsed.get("reason").asString())
                .matches("not answered by \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Beijing time");
        assertThat(officer.get(plan).json().get("needsAttention").asBoolean()).isTrue();
        assertThat(Api.signedIn(port, "manager")
                        .post("/api/bookings/" + talks + "/confirm", null)
                        .status())
                .as("too late")
                .isEqualTo(409);
        JsonNode notes = officer.get("/api/notifications?size=50").json().get("content");
        assertThat(StreamSupport.stream(notes.spliterator(), false)
                        .anyMatch(n -> n.get("kind").asString().equals("BOOKING_LAPSED")
                                && n.get("subjectId").asString().equals(String.valueOf(talks))))
                .isTrue();
    }

    @Test
    void anAnswerDuringASolveIsAppliedAndTheSolveResumesForTheTimeItHadLeft() {
        publish(Map.of());
        Api manager = Api.signedIn(port, "manager");
        Api.Answer started = officer.post(plan + "/solve", Map.of("timeLimitSeconds", 60));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        try {
            // Solving for two seconds at least, so that the time it has left is measurably less than 60 s.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        JsonNode status = officer.get(plan + "/solve").json();
                        return status.get("state").asString().equals("SOLVING")
                                && Duration.between(
                                                        java.time.Instant.parse(status.get("startedAt")
                                                                .asString()),
                                                        java.time.Instant.now())
                                                .compareTo(Duration.ofSeconds(2))
                                        >= 0;
                    });
            Api.Answer confirmed = manager.post("/api/bookings/" + bookingId("talks") + "/confirm", null);
            assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
            assertThat(engagement("talks").get("pinned").get("spaceId").asString())
                    .isEqualTo(site.meetingRoom());

            JsonNode resumed = officer.get(plan + "/solve").json();
            assertThat(resumed.get("state").asString()).isIn("QUEUED", "SOLVING");
            assertThat(resumed.get("timeLimitSeconds").asLong())
                    .as("the time it had left")
                    .isLessThan(60);
            assertThat(resumed.get("requestedBy").asString()).isEqualTo("officer");
        } finally {
            assertThat(officer.delete(plan + "/solve").json().get("state").asString())
                    .isEqualTo("STOPPED");
        }
    }

    private JsonNode publish(Map<String, ?> body) {
        Api.Answer published = officer.post(plan + "/publish", body);
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        return published.json();
    }

    private void move(String eventId, String spaceId, java.time.LocalDateTime start) {
        long version = engagement(eventId).get("version").asLong();
        Api.Answer moved = officer.send(officer.request(plan + "/engagements/" + eventId + "/assignment")
                .header("Content-Type", "application/json")
                .method(
                        "PATCH",
                        java.net.http.HttpRequest.BodyPublishers.ofString(Api.json()
                                .writeValueAsString(Map.of(
                                        "spaceId",
                                        spaceId,
                                        "start",
                                        start.toString(),
                                        "pinned",
                                        false,
                                        "version",
                                        version)))));
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    }

    private JsonNode engagement(String eventId) {
        return officer.get(plan + "/engagements/" + eventId).json();
    }

    /** The open or latest booking of an engagement of this plan. */
    private long bookingId(String eventId) {
        List<Long> ids = jdbc.queryForList(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ? order by b.id desc",
                Long.class,
                planId(),
                eventId);
        return ids.get(0);
    }

    private static JsonNode booking(JsonNode list, String eventId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(b -> b.get("engagement").get("id").asString().equals(eventId))
                .findFirst()
                .orElseThrow();
    }

    private long planId() {
        return BookingFixtures.planId(plan);
    }

    private static long unread(Api api) {
        return api.get("/api/notifications/unread-count").json().get("count").asLong();
    }
}
