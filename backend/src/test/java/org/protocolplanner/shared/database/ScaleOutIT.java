package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.PlannerProcess;

/**
 * Several application instances on one PostgreSQL, as the README's "Running several instances" starts
 * them: the database command's server, and packaged applications as processes of their own pointed at
 * it. Each start of a jar costs about half a minute: the tests here are the ones only separate
 * processes can show.
 */
class ScaleOutIT {

    private static final Duration FIRST_START = Duration.ofMinutes(4);
    private static final String OFFICER_PASSWORD = "one database under every instance";

    @Test
    void twoInstancesOnANewDatabaseShareItsAccountsPlansAndBrowserSessions() throws IOException {
        Path databaseDir = FaultTestDirectories.fresh("shared-database");
        Path dirA = FaultTestDirectories.fresh("instance-a");
        Path dirB = FaultTestDirectories.fresh("instance-b");
        try (StandaloneDatabase database = StandaloneDatabase.start(databaseDir, freePort());
                PlannerProcess a = PlannerProcess.start(dirA, FaultTestDirectories.output(dirA), settings(database));
                PlannerProcess b = PlannerProcess.start(dirB, FaultTestDirectories.output(dirB), settings(database))) {
            a.awaitHealthy(FIRST_START);
            b.awaitHealthy(FIRST_START);

            Api.Answer created = a.admin().post("/api/accounts", Map.of("username", "shared-officer",
                    "displayName", "Shared officer", "password", OFFICER_PASSWORD, "roles", List.of("PROTOCOL_OFFICER")));
            assertThat(created.status()).as(created.text()).isEqualTo(201);

            // The account made on A signs in on B; the plan made on B is read on A.
            String plan = DelegationWriters.newPlan(Api.signedIn(b.port(), "shared-officer", OFFICER_PASSWORD),
                    "Shared week");
            assertThat(Api.signedIn(a.port(), "shared-officer", OFFICER_PASSWORD).get(plan).status())
                    .isEqualTo(200);
            assertThat(b.admin().get("/api/accounts?size=100").json().get("content").findValuesAsString("username"))
                    .containsOnlyOnce(PlannerProcess.ADMIN);

            // One browser session, signed in on A, answered by B as well (sessions live in the database);
            // the CSRF token A gave is accepted by B; signing out on B ends the session on A too.
            Api browserOnA = Api.signedIn(a.port(), "shared-officer", OFFICER_PASSWORD);
            Api browserOnB = browserOnA.onPort(b.port());
            assertThat(browserOnB.get("/api/me").json().get("username").asString()).isEqualTo("shared-officer");
            assertThat(browserOnB.post("/api/plans", DelegationWriters.HORIZON.formatted("Made on B")).status())
                    .isEqualTo(201);
            assertThat(browserOnB.post("/logout", "").status()).isEqualTo(204);
            assertThat(browserOnA.get("/api/me").status()).isEqualTo(401);
        }
    }

    private static Map<String, String> settings(StandaloneDatabase database) {
        return Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.user(),
                "SPRING_DATASOURCE_PASSWORD", database.password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
