package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-planning with minimal disruption on the demo summit: after a decline, solving keeps every confirmed
 * booking where it is, never puts the declined engagement back into the declined space, and moves few
 * others; the solve's status lists what moved, from where to where. Both solves end on a step count, so that the figures are the same on any machine.
 */
@IntegrationTest
class ReplanIT {

    /** Local search steps of the first solve, which places the summit before it is published. */
    static final long FIRST_SOLVE_STEPS = 300;
    /** Local search steps of the re-plan after the decline. */
    static final long REPLAN_STEPS = 100;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplanAfterADeclineMovesAtMostTwoOtherEngagementsAndNoConfirmedOne() {
        Api officer = Api.signedIn(port, "officer");
        String plan = copyOfTheDemoSummit(officer);
        long planId = BookingFixtures.planId(plan);
        try {
            solve(officer, plan, FIRST_SOLVE_STEPS);
            assertThat(officer.post(plan + "/publish", Map.of()).status()).isEqualTo(200);

            // The venues answer: the first request is declined, every second one of the rest confirmed, and
            // the others left open, so that the re-plan has unpinned engagements it could move.
            Api manager = Api.signedIn(port, "manager");
            List<String> managed = StreamSupport.stream(
                            manager.get("/api/me").json().get("managedVenueIds").spliterator(), false)
                    .map(JsonNode::asString)
                    .toList();
            JsonNode requests = officer.get("/api/bookings?status=REQUESTED&size=1000&plan=" + planId)
                    .json()
                    .get("content");
            assertThat(requests.size()).isGreaterThan(100);
            JsonNode declined = requests.get(0);
            Api declines = managed.contains(declined.get("venueId").asString()) ? manager : officer;
            assertThat(declines.post(
                                    "/api/bookings/" + declined.get("id").asLong() + "/decline",
                                    Map.of("reason", "The hall is closed for repairs"))
                            .status())
                    .isEqualTo(200);
            int confirmations = 0;
            for (int i = 2; i < requests.size(); i += 2) {
                JsonNode request = requests.get(i);
                Api answers = managed.contains(request.get("venueId").asString()) ? manager : officer;
                Api.Answer confirmed =
                        answers.post("/api/bookings/" + request.get("id").asLong() + "/confirm", null);
                assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
                confirmations++;
            }
            assertThat(officer.get(plan).json().get("needsReplan").asBoolean()).isTrue();

            JsonNode replanned = solve(officer, plan, REPLAN_STEPS);
            String declinedEvent = declined.get("engagement").get("id").asString();
            List<String> movedOthers = jdbc.queryForList("""
                    select ref from engagement
                    where plan_id = ? and ref <> ? and published_space_id is not null
                      and (assigned_space_id is distinct from published_space_id
                           or assigned_start is distinct from published_start)
                    order by ref""", String.class, planId, declinedEvent);
            int confirmedMoved = jdbc.queryForObject("""
                    select count(*) from booking b join engagement e on e.id = b.engagement_id
                    join plan p on p.id = b.plan_id
                    where b.plan_id = ? and b.status = 'CONFIRMED'
                      and (e.assigned_space_id is distinct from b.space_id
                           or e.assigned_start is distinct from (b.starts_at at time zone p.time_zone))""", Integer.class, planId);
            String declinedPlace = jdbc.queryForObject(
                    "select coalesce(assigned_space_id, 'unscheduled')"
                            + " from engagement where plan_id = ? and ref = ?",
                    String.class,
                    planId,
                    declinedEvent);
            System.out.printf(
                    "Re-plan after a decline on the demo summit (%d local search steps): the solve"
                            + " reports %d engagement(s) moved from their published place; other than the declined one:"
                            + " %d %s; confirmed before the re-plan: %d, of them moved: %d; %s, declined in %s, is now in"
                            + " %s%n",
                    REPLAN_STEPS,
                    replanned.get("movedEngagements").asInt(),
                    movedOthers.size(),
                    movedOthers,
                    confirmations,
                    confirmedMoved,
                    declinedEvent,
                    declined.get("spaceId").asString(),
                    declinedPlace);

            assertThat(movedOthers).hasSizeLessThanOrEqualTo(2);
            assertThat(confirmedMoved).isZero();
            assertThat(declinedPlace).isNotEqualTo(declined.get("spaceId").asString());
            assertThat(replanned.get("movedEngagements").asInt()).isLessThanOrEqualTo(movedOthers.size() + 1);

            // The status lists them: each with its published place and where it is now.
            JsonNode moved = replanned.get("moved");
            assertThat(moved.size()).isEqualTo(replanned.get("movedEngagements").asInt());
            JsonNode declinedMove = StreamSupport.stream(moved.spliterator(), false)
                    .filter(entry -> entry.get("eventId").asString().equals(declinedEvent))
                    .findFirst()
                    .orElseThrow();
            assertThat(declinedMove.get("title").asString()).isNotBlank();
            assertThat(declinedMove.get("from").get("spaceId").asString())
                    .isEqualTo(declined.get("spaceId").asString());
            assertThat(declinedMove.get("from").get("start").asString()).isNotBlank();
            JsonNode to = declinedMove.get("to");
            assertThat(
                            to == null || to.isNull()
                                    ? "unscheduled"
                                    : to.get("spaceId").asString())
                    .isEqualTo(declinedPlace);
            assertThat(StreamSupport.stream(moved.spliterator(), false)
                            .map(entry -> entry.get("eventId").asString())
                            .filter(id -> !id.equals(declinedEvent))
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(movedOthers);
        } finally {
            // Its confirmed bookings would close catalogue halls for every other plan: they go with the plan.
            officer.delete(plan);
        }
    }

    /** The demo summit under a name of its own, so that the demo plan stays as it was for the other tests. */
    private String copyOfTheDemoSummit(Api officer) {
        long demo = jdbc.queryForObject("select min(id) from plan where created_by = 'demo'", Long.class);
        ObjectNode document =
                (ObjectNode) officer.get("/api/plans/" + demo + "/export").json();
        document.put("name", "Demo summit, re-plan test");
        Api.Answer imported = officer.post("/api/plans/import", document);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return imported.header("Location");
    }

    private static JsonNode solve(Api officer, String plan, long steps) {
        Api.Answer started = officer.post(plan + "/solve", Map.of("timeLimitSeconds", 900, "stepLimit", steps));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode status = await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> officer.get(plan + "/solve").json(),
                        s -> !List.of("QUEUED", "SOLVING")
                                .contains(s.get("state").asString()));
        assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("FINISHED");
        return status;
    }
}
