package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Taking back one's last booking answer: the booking, its engagement and the plan's marks as they were. */
@IntegrationTest
class BookingUndoIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Site site;
    private String plan;
    private Api officer;
    private Api manager;

    @BeforeEach
    void publishedSummitDay() {
        site = Site.next("undo");
        officer = Api.signedIn(port, "officer");
        plan = BookingFixtures.importPlaced(officer, jdbc, "Undo " + site.guesthouse(), site);
        // Signed in once the site's venues have their manager: a session knows the venues its user manages.
        manager = Api.signedIn(port, "manager");
        assertThat(officer.post(plan + "/publish", "").status()).isEqualTo(200);
    }

    @Test
    void anUndoneConfirmRequestsTheBookingAgainAndUnpinsItsEngagement() {
        long talks = bookingId("talks");
        JsonNode engagementBefore = engagement("talks");
        assertThat(manager.post("/api/bookings/" + talks + "/confirm", "").status())
                .isEqualTo(200);
        assertThat(engagement("talks").get("pinned").isNull()).isFalse();

        JsonNode offered = manager.get("/api/bookings/answers/undo").json();
        assertThat(offered.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(offered.get("items")).extracting(JsonNode::asString).containsExactly(String.valueOf(talks));
        Api.Answer undone = manager.post("/api/bookings/answers/undo", Map.of("step", offered.get("step")));

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        JsonNode booking = manager.get("/api/bookings/" + talks).json();
        assertThat(booking.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(booking.get("allowedActions")).extracting(JsonNode::asString).contains("confirm", "decline");
        assertThat(engagement("talks").get("pinned")).isEqualTo(engagementBefore.get("pinned"));
        assertThat(engagement("talks").get("assignment")).isEqualTo(engagementBefore.get("assignment"));
        // Once undone, there is nothing left to undo.
        assertThat(manager.post("/api/bookings/answers/undo", Map.of("step", offered.get("step")))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUndoneDeclineTakesBackTheExcludedSpaceAndTheReplanMarkItSet() {
        long briefing = bookingId("briefing");
        assertThat(officer.post("/api/bookings/" + briefing + "/decline", Map.of("reason", "closed for works"))
                        .status())
                .isEqualTo(200);
        assertThat(engagement("briefing").get("excludedSpaces").toString()).contains(site.salon());
        assertThat(officer.get(plan).json().get("needsReplan").asBoolean()).isTrue();

        Api.Answer undone = officer.post("/api/bookings/answers/undo", Map.of("step", step(officer)));

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(officer.get("/api/bookings/" + briefing).json().get("status").asString())
                .isEqualTo("REQUESTED");
        assertThat(engagement("briefing").get("excludedSpaces").toString()).doesNotContain(site.salon());
        assertThat(engagement("briefing").get("assignment").get("spaceId").asString())
                .isEqualTo(site.salon());
        assertThat(officer.get(plan).json().get("needsReplan").asBoolean()).isFalse();
    }

    @Test
    void anAnswerWhoseBookingChangedSinceIsNotUndone() {
        long talks = bookingId("talks");
        assertThat(manager.post("/api/bookings/" + talks + "/confirm", "").status())
                .isEqualTo(200);
        long step = step(manager);
        assertThat(officer.post("/api/bookings/" + talks + "/cancel", Map.of("reason", "visit called off"))
                        .status())
                .isEqualTo(200);

        Api.Answer refused = manager.post("/api/bookings/answers/undo", Map.of("step", step));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("has changed since your answer", "CANCELLED");
        assertThat(refused.json().get("bookingId").asLong()).isEqualTo(talks);
        assertThat(manager.get("/api/bookings/" + talks).json().get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aBatchIsUndoneWholeAndOnlyByWhoAnsweredIt() {
        long banquet = bookingId("banquet");
        long talks = bookingId("talks");
        List<Map<String, Long>> items = List.of(
                Map.of("id", banquet, "version", version(banquet)), Map.of("id", talks, "version", version(talks)));
        Api.Answer answered = manager.post("/api/bookings/answers", Map.of("answer", "confirm", "bookings", items));
        assertThat(answered.json().get("answered").asInt()).as(answered.text()).isEqualTo(2);
        long step = step(manager);

        // The officer has no answer of theirs to undo here: a step is its answerer's alone.
        assertThat(officer.post("/api/bookings/answers/undo", Map.of("step", step))
                        .status())
                .isIn(404, 409);
        Api planner = Api.as(port, "planner");
        assertThat(planner.post("/api/bookings/answers/undo", Map.of("step", step))
                        .status())
                .isEqualTo(403);
        Api.Answer undone = manager.post("/api/bookings/answers/undo", Map.of("step", step));

        assertThat(undone.status()).as(undone.text()).isEqualTo(200);
        assertThat(undone.json().get("bookings")).extracting(JsonNode::asLong).containsExactly(banquet, talks);
        assertThat(status(banquet)).isEqualTo("REQUESTED");
        assertThat(status(talks)).isEqualTo("REQUESTED");
    }

    @Test
    void aLaterAnswerReplacesTheOneOfferedForUndo() {
        long banquet = bookingId("banquet");
        long talks = bookingId("talks");
        assertThat(manager.post("/api/bookings/" + banquet + "/confirm", "").status())
                .isEqualTo(200);
        long first = step(manager);
        assertThat(manager.post("/api/bookings/" + talks + "/confirm", "").status())
                .isEqualTo(200);

        Api.Answer refused = manager.post("/api/bookings/answers/undo", Map.of("step", first));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("latestStep").asLong()).isEqualTo(step(manager));
        assertThat(status(banquet)).isEqualTo("CONFIRMED");
    }

    private long step(Api api) {
        Api.Answer offered = api.get("/api/bookings/answers/undo");
        assertThat(offered.status()).as(offered.text()).isEqualTo(200);
        return offered.json().get("step").asLong();
    }

    private String status(long booking) {
        return officer.get("/api/bookings/" + booking).json().get("status").asString();
    }

    private long version(long booking) {
        return officer.get("/api/bookings/" + booking).json().get("version").asLong();
    }

    private JsonNode engagement(String eventId) {
        return officer.get(plan + "/engagements/" + eventId).json();
    }

    private long bookingId(String eventId) {
        return jdbc.queryForObject(
                "select max(b.id) from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ?",
                Long.class,
                BookingFixtures.planId(plan),
                eventId);
    }
}
