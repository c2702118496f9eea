package org.protocolplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.scheduling.InstanceName;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The solve queue in the database as one instance uses it: a solve is a row of {@code solve_queue} this
 * instance claims under its name and keeps alive with a heartbeat while it runs, and a stop written to
 * the job row, as any other instance's {@code DELETE} writes it, ends the run; the queue's order and
 * capacity are counted over the table. {@code ScaleOutIT} shows
 * the same with two instances, and a third taking over from one killed.
 */
@IntegrationTest
class SolveQueueIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InstanceName instance;

    @Test
    void aSolveIsClaimedUnderThisInstancesNameKeptAliveByItsHeartbeatAndStoppedThroughItsRow() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = SolveIT.importExample(officer);
        long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        assertThat(officer.post(plan + "/solve", Map.of("timeLimitSeconds", 120))
                        .status())
                .isEqualTo(202);
        try {
            Map<String, Object> claim = await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> claim(planId), row -> row != null && row.get("live_time_ms") != null);
            assertThat(instance.getName()).as("host and port by default").endsWith(":" + port);
            assertThat(claim.get("picked_by"))
                    .as("the queue's row names the instance that claimed it")
                    .isEqualTo(instance.getName());
            assertThat(claim.get("solved_by")).isEqualTo(instance.getName());
            assertThat(claim.get("run_id")).isNotNull();

            Timestamp firstBeat = (Timestamp) claim.get("last_heartbeat");
            await("the heartbeat renewed while it runs")
                    .atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> ((Timestamp) claim(planId).get("last_heartbeat")).after(firstBeat));

            // What a DELETE on another instance writes: the run reads it within a second and ends with its best saved.
            jdbc.update("update solve_job set stop_requested = true where plan_id = ?", planId);
            JsonNode stopped = await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> officer.get(plan + "/solve").json(),
                            status -> "STOPPED".equals(status.get("state").asString()));
            JsonNode saved = officer.get(plan + "/solution").json().get("score");
            assertThat(stopped.get("bestScore").get("soft").asLong())
                    .isEqualTo(saved.get("soft").asLong());
            assertThat(stopped.get("bestScore").get("medium").asLong())
                    .isEqualTo(saved.get("medium").asLong());
            assertThat(jdbc.queryForObject(
                            "select count(*) from solve_queue where task_instance = ?",
                            Integer.class,
                            claim.get("ticket_id").toString()))
                    .as("the request has left the queue")
                    .isZero();
            long version = officer.get(plan).json().get("version").asLong();
            assertThat(officer.put(plan + "/weights", Map.of("version", version, "weights", Map.of()))
                            .status())
                    .as("the plan takes edits again")
                    .isEqualTo(200);
        } finally {
            officer.delete(plan + "/solve");
        }
    }

    /**
     * The queue's limits hold over the table as they did in one process: requests wait in the order they
     * came, {@code queue-capacity} (16) of them at most, and one withdrawn lets the others move up.
     */
    @Test
    void requestsWaitInTheOrderTheyCameAndBeyondTheQueuesCapacityTheAnswerIs503() throws IOException {
        Api officer = Api.as(port, "officer");
        List<String> plans = new ArrayList<>();
        try {
            plans.add(SolveIT.importExample(officer));
            assertThat(officer.post(plans.get(0) + "/solve", Map.of("timeLimitSeconds", 300))
                            .status())
                    .isEqualTo(202);
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> "SOLVING"
                            .equals(officer.get(plans.get(0) + "/solve")
                                    .json()
                                    .get("state")
                                    .asString()));
            for (int position = 1; position <= 16; position++) {
                plans.add(SolveIT.importExample(officer));
                Api.Answer queued = officer.post(plans.get(position) + "/solve", Map.of("timeLimitSeconds", 300));
                assertThat(queued.status()).as(queued.text()).isEqualTo(202);
                assertThat(queued.json().get("queuePosition").asInt()).isEqualTo(position);
            }
            String refused = SolveIT.importExample(officer);
            Api.Answer full = officer.post(refused + "/solve", Map.of("timeLimitSeconds", 300));
            assertThat(full.status()).isEqualTo(503);
            assertThat(full.json().get("detail").asString()).contains("queue is full");
            assertThat(officer.get(refused + "/solve").status())
                    .as("never queued")
                    .isEqualTo(404);

            assertThat(officer.delete(plans.get(1) + "/solve")
                            .json()
                            .get("state")
                            .asString())
                    .isEqualTo("STOPPED");
            assertThat(officer.get(plans.get(2) + "/solve")
                            .json()
                            .get("queuePosition")
                            .asInt())
                    .isEqualTo(1);
            assertThat(officer.get(plans.get(16) + "/solve")
                            .json()
                            .get("queuePosition")
                            .asInt())
                    .isEqualTo(15);
        } finally {
            // The waiting ones first, so that none starts while the running one is stopped.
            for (int i = plans.size() - 1; i >= 0; i--) {
                officer.delete(plans.get(i) + "/solve");
            }
        }
    }

    /** The plan's request in the queue and its job row, once claimed; null before. */
    private Map<String, Object> claim(long planId) {
        return jdbc
                .queryForList(
                        "select q.picked_by, q.last_heartbeat, j.solved_by, j.run_id, j.ticket_id,"
                                + " j.live_time_ms from solve_job j join solve_queue q on q.task_instance = j.ticket_id::text"
                                + " where j.plan_id = ? and q.picked",
                        planId)
                .stream()
                .findFirst()
                .orElse(null);
    }
}
