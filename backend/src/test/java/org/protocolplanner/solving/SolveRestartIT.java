package org.protocolplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.ProtocolPlannerApplication;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.SharedTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The application stops in the middle of a solve and starts again on the same database: the solve
 * shows as interrupted, the plan holds the solution last saved and takes edits again.
 */
class SolveRestartIT {

    private static final String DATABASE = "solve_restart";

    @Test
    void aSolveCutOffByAStopShowsAsInterruptedWithItsLastSavedSolution() throws IOException {
        String plan;
        try (ConfigurableApplicationContext first = application()) {
            Api officer = officer(first);
            plan = SolveIT.importExample(officer);
            assertThat(officer.post(plan + "/solve", Map.of("timeLimitSeconds", 300))
                            .status())
                    .isEqualTo(202);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            long planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
            // A saved best that has placed something: the first one saved may still be the plan as it was.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject(
                            "select j.best_hard is not null and (select count(*) from engagement e where e.plan_id = j.plan_id"
                                    + " and e.assigned_space_id is not null) > 1 from solve_job j where j.plan_id = ?",
                            Boolean.class,
                            planId));
            assertThat(officer.get(plan + "/solve").json().get("state").asString())
                    .isEqualTo("SOLVING");
        }

        try (ConfigurableApplicationContext second = application()) {
            Api officer = officer(second);
            JsonNode status = officer.get(plan + "/solve").json();
            assertThat(status.get("state").asString()).isEqualTo("INTERRUPTED");
            assertThat(status.get("error").asString()).contains("stopped");
            JsonNode savedScore = officer.get(plan + "/solution").json().get("score");
            assertThat(status.get("bestScore").get("hard").asLong())
                    .isEqualTo(savedScore.get("hard").asLong());
            assertThat(status.get("bestScore").get("medium").asLong())
                    .isEqualTo(savedScore.get("medium").asLong());
            assertThat(status.get("bestScore").get("soft").asLong())
                    .isEqualTo(savedScore.get("soft").asLong());
            assertThat(officer.get(plan + "/solution").json().get("assignments").size())
                    .as("the saved solution places more than the one pinned event")
                    .isGreaterThan(1);

            long version = officer.get(plan).json().get("version").asLong();
            assertThat(officer.put(plan + "/weights", Map.of("version", version, "weights", Map.of()))
                            .status())
                    .as("the plan takes edits again")
                    .isEqualTo(200);
        }
    }

    /**
     * The application as it runs for real, on a database of its own on the shared test server. The port is
     * an argument: the builder's properties rank below application.yml's {@code server.port} (8080), which
     * another application on this machine may hold.
     */
    private static ConfigurableApplicationContext application() {
        return new SpringApplicationBuilder(ProtocolPlannerApplication.class)
                .profiles("test")
                .properties(SharedTestDatabase.DATABASE_PROPERTY + "=" + DATABASE)
                .run("--server.port=0");
    }

    private static Api officer(ConfigurableApplicationContext context) {
        return Api.as(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), "officer");
    }
}
