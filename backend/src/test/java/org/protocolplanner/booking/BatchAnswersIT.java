package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Answering many requests at once ({@code POST /api/bookings/answers}): each booking as its single answer
 * would be, in its own transaction, and an outcome for every one of them: answered, refused as a clash with
 * a confirmed booking (409), stale (changed since it was read), or not the answerer's.
 */
@IntegrationTest
class BatchAnswersIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchConfirmAnswersEachBookingAndTellsWhichClashedAndWhichWereStale() {
        // Two plans asking for the same halls at the same times: confirming one of a pair makes the other clash.
        Site site = Site.next("batch");
        Api officer = Api.signedIn(port, "officer");
        String summit = BookingFixtures.importPlaced(officer, jdbc, "Batch summit " + site.guesthouse(), site);
        String rival = BookingFixtures.importPlaced(officer, jdbc, "Batch rival " + site.guesthouse(), site);
        assertThat(officer.post(summit + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(officer.post(rival + "/publish", Map.of()).status()).isEqualTo(200);
        Api manager = Api.signedIn(port, "manager");
        JsonNode talks = read(manager, booking(summit, "talks"));
        JsonNode banquet = read(manager, booking(summit, "banquet"));
        JsonNode rivalTalks = read(manager, booking(rival, "talks"));
        JsonNode rivalBanquet = read(manager, booking(rival, "banquet"));
        // Withdrawn after the manager read it: the manager's answer to it is stale.
        assertThat(officer.post("/api/bookings/" + rivalBanquet.get("id").asLong() + "/withdraw", null)
                        .status())
                .isEqualTo(200);
        long salon = booking(summit, "briefing");

        Api.Answer answered = manager.post(
                "/api/bookings/answers",
                Map.of(
                        "answer",
                        "confirm",
                        "bookings",
                        List.of(
                                item(talks),
                                item(banquet),
                                item(rivalTalks),
                                item(rivalBanquet),
                                Map.of("id", salon, "version", 0))));

        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        JsonNode result = answered.json();
        assertThat(result.get("answered").asInt()).isEqualTo(2);
        assertThat(result.get("refused").asInt()).isEqualTo(3);
        List<JsonNode> outcomes = list(result.get("outcomes"));
        assertThat(outcomes)
                .extracting(o -> o.get("id").asLong())
                .containsExactly(
                        talks.get("id").asLong(),
                        banquet.get("id").asLong(),
                        rivalTalks.get("id").asLong(),
                        rivalBanquet.get("id").asLong(),
                        salon);
        assertThat(outcomes)
                .extracting(o -> o.get("result").asString())
                .containsExactly("ANSWERED", "ANSWERED", "CONFLICT", "STALE", "NOT_FOUND");
        assertThat(outcomes).extracting(o -> o.get("status").asInt()).containsExactly(200, 200, 409, 409, 404);
        assertThat(outcomes.get(0).get("booking").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(outcomes.get(1).get("booking").get("engagement").get("title").isNull())
                .as("the confidential banquet, redacted for the manager")
                .isTrue();
        assertThat(outcomes.get(2).get("conflictingBookingId").asLong())
                .isEqualTo(talks.get("id").asLong());
        assertThat(outcomes.get(2).get("booking").get("status").asString()).isEqualTo("REQUESTED");
        assertThat(outcomes.get(3).get("currentVersion").asLong())
                .isGreaterThan(rivalBanquet.get("version").asLong());
        assertThat(outcomes.get(3).get("booking").get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(outcomes.get(4).get("booking").isNull())
                .as("nothing of another venue's booking")
                .isTrue();

        // Each answer did what a single confirm does: pinned, and audited.
        JsonNode engagement = officer.get(summit + "/engagements/talks").json();
        assertThat(engagement.get("pinned").get("spaceId").asString()).isEqualTo(site.meetingRoom());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where entity_type = 'booking' and entity_id = ?"
                                + " and action = 'confirm'",
                        Long.class,
                        talks.get("id").asString()))
                .isEqualTo(1);
        assertThat(read(officer, rivalTalks.get("id").asLong()).get("status").asString())
                .isEqualTo("REQUESTED");
    }

    @Test
    void aBatchDeclineGivesEveryBookingTheOneReasonAndKeepsTheRoleRulesOfSingleAnswers() {
        Site site = Site.next("batch-decline");
        Api officer = Api.signedIn(port, "officer");
        String plan = BookingFixtures.importPlaced(officer, jdbc, "Batch decline " + site.guesthouse(), site);
        assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);
        JsonNode talks = read(officer, booking(plan, "talks"));
        JsonNode salon = read(officer, booking(plan, "briefing"));

        // The officer answers for the salon's venue (no managers), not for the guesthouse (it has them).
        Api.Answer declined = officer.post(
                "/api/bookings/answers",
                Map.of(
                        "answer",
                        "decline",
                        "reason",
                        "The delegation's programme changed",
                        "bookings",
                        List.of(item(talks), item(salon))));
        assertThat(declined.status()).as(declined.text()).isEqualTo(200);
        List<JsonNode> outcomes = list(declined.json().get("outcomes"));
        assertThat(outcomes).extracting(o -> o.get("result").asString()).containsExactly("FORBIDDEN", "ANSWERED");
        assertThat(outcomes.get(0).get("status").asInt()).isEqualTo(403);
        assertThat(outcomes.get(0).get("booking").get("status").asString()).isEqualTo("REQUESTED");
        assertThat(outcomes.get(1).get("booking").get("status").asString()).isEqualTo("DECLINED");
        assertThat(outcomes.get(1).get("booking").get("reason").asString())
                .isEqualTo("The delegation's programme changed");
        assertThat(officer.get(plan).json().get("needsReplan").asBoolean())
                .as("a first request declined")
                .isTrue();

        // Repeating the decline with the version now current changes nothing and answers it again.
        JsonNode again = read(officer, salon.get("id").asLong());
        Api.Answer repeated = officer.post(
                "/api/bookings/answers",
                Map.of("answer", "decline", "reason", "again", "bookings", List.of(item(again))));
        assertThat(list(repeated.json().get("outcomes")).get(0).get("result").asString())
                .isEqualTo("ANSWERED");
        assertThat(read(officer, salon.get("id").asLong()).get("version").asLong())
                .isEqualTo(again.get("version").asLong());
        Api.Answer confirmDeclined =
                officer.post("/api/bookings/answers", Map.of("answer", "confirm", "bookings", List.of(item(again))));
        assertThat(list(confirmDeclined.json().get("outcomes"))
                        .get(0)
                        .get("result")
                        .asString())
                .as("the lifecycle has no way back")
                .isEqualTo("REFUSED");

        assertThat(Api.as(port, "planner")
                        .post("/api/bookings/answers", Map.of("answer", "confirm", "bookings", List.of(item(talks))))
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).post("/api/bookings/answers", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void aMalformedBatchIsRefusedWholeNamingWhatIsWrong() {
        Api manager = Api.as(port, "manager");
        assertThat(path(manager.post(
                        "/api/bookings/answers",
                        Map.of("answer", "maybe", "bookings", List.of(Map.of("id", 1, "version", 0))))))
                .isEqualTo("answer");
        assertThat(path(manager.post(
                        "/api/bookings/answers",
                        Map.of("answer", "decline", "bookings", List.of(Map.of("id", 1, "version", 0))))))
                .isEqualTo("reason");
        assertThat(path(manager.post("/api/bookings/answers", Map.of("answer", "confirm", "bookings", List.of()))))
                .isEqualTo("bookings");
        assertThat(path(manager.post(
                        "/api/bookings/answers",
                        Map.of(
                                "answer",
                                "confirm",
                                "bookings",
                                List.of(Map.of("id", 1, "version", 0), Map.of("id", 1, "version", 0))))))
                .isEqualTo("bookings[1].id");
        assertThat(path(manager.post(
                        "/api/bookings/answers", Map.of("answer", "confirm", "bookings", List.of(Map.of("id", 1))))))
                .isEqualTo("bookings[0].version");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (long id = 1; id <= BatchAnswers.MAX_BOOKINGS + 1; id++) {
            tooMany.add(Map.of("id", id, "version", 0));
        }
        assertThat(path(manager.post("/api/bookings/answers", Map.of("answer", "confirm", "bookings", tooMany))))
                .isEqualTo("bookings");
    }

    private static String path(Api.Answer refused) {
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        return refused.json().get("errors").get(0).get("path").asString();
    }

    private static Map<String, Object> item(JsonNode booking) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", booking.get("id").asLong());
        item.put("version", booking.get("version").asLong());
        return item;
    }

    private static JsonNode read(Api api, long id) {
        Api.Answer answer = api.get("/api/bookings/" + id);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private long booking(String plan, String eventId) {
        return jdbc.queryForObject(
                "select b.id from booking b join engagement e on e.id = b.engagement_id"
                        + " where b.plan_id = ? and e.ref = ? order by b.id desc limit 1",
                Long.class,
                BookingFixtures.planId(plan),
                eventId);
    }
}
