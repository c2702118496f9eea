package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.PlannerProcess;

/**
 * The embedded database loses no acknowledged write when its server is killed, and the application
 * needs no hand when it is killed itself. Each test runs the packaged application as a process of
 * its own ({@link PlannerProcess}): only a process can be killed with {@code -9} as a crash or the
 * kernel's out-of-memory killer would kill it. The tests print their figures.
 */
class DatabaseCrashIT {

    private static final int WRITERS = 4;
    /** A first start makes the database and runs every migration: slow on a busy machine. */
    private static final Duration FIRST_START = Duration.ofMinutes(4);

    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void everyAcknowledgedWriteSurvivesThreeKillsOfTheDatabaseServer() throws Exception {
        Path dataDir = FaultTestDirectories.fresh("database-kills");
        try (PlannerProcess app = PlannerProcess.start(dataDir, FaultTestDirectories.output(dataDir))) {
            Duration firstStart = app.awaitHealthy(FIRST_START);
            assertDurableAndPasswordProtected(app, dataDir);
            List<String> plans = IntStream.range(0, WRITERS)
                    .mapToObj(writer -> DelegationWriters.newPlan(app.admin(), "Kills " + writer))
                    .toList();

            List<Duration> healthyAfter = new ArrayList<>();
            DelegationWriters writers = new DelegationWriters(plans, "kills", writer -> app.admin());
            try (writers) {
                for (int kill = 0; kill < 3; kill++) {
                    writers.awaitAcknowledged(25);
                    ProcessHandle server = app.postmaster().orElseThrow();
                    long killed = System.nanoTime();
                    server.destroyForcibly();
                    await().atMost(Duration.ofSeconds(60))
                            .pollInterval(Duration.ofMillis(50))
                            .until(() -> app.postmaster()
                                            .filter(next -> next.pid() != server.pid())
                                            .isPresent()
                                    && app.health() == 200);
                    healthyAfter.add(Duration.ofNanos(System.nanoTime() - killed));
                    writers.awaitAcknowledged(25);
                }
            }
            List<String> missing = DelegationWriters.missing(app.admin(), writers.acknowledged());

            System.out.printf(
                    "[fault figures] database server killed 3 times during %d concurrent writers:"
                            + " %d writes acknowledged, %d found, %d missing; refused 503: %d; unanswered: %d;"
                            + " healthy again after %s; first start took %s%n",
                    WRITERS,
                    writers.acknowledged().size(),
                    writers.acknowledged().size() - missing.size(),
                    missing.size(),
                    writers.refused(503),
                    writers.unanswered(),
                    millis(healthyAfter),
                    millis(List.of(firstStart)));
            assertThat(writers.unexpected())
                    .as("answers other than 201, or 503 with Retry-After")
                    .isEmpty();
            // The application stays up while its database dies: every request gets an answer.
            assertThat(writers.unanswered())
                    .as("requests left without an answer")
                    .isZero();
            assertThat(missing).as("acknowledged writes that were lost").isEmpty();
        }
    }

    @Test
    void aKilledApplicationStartsAgainByItselfAndFindsEveryAcknowledgedWrite() throws Exception {
        Path dataDir = FaultTestDirectories.fresh("application-kills");
        Path output = FaultTestDirectories.output(dataDir);
        List<String> acknowledged = new ArrayList<>();
        List<String> plans;

        PlannerProcess first = PlannerProcess.start(dataDir, output);
        first.awaitHealthy(FIRST_START);
        plans = IntStream.range(0, WRITERS)
                .mapToObj(writer -> DelegationWriters.newPlan(first.admin(), "Restarts " + writer))
                .toList();
        ProcessHandle firstServer = first.postmaster().orElseThrow();
        acknowledged.addAll(writeUntilKilled(first, plans, "first", () -> {}));
        long killed = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).until(() -> !isAlive(firstServer));
        Duration serverStopped = Duration.ofNanos(System.nanoTime() - killed);

        PlannerProcess second = PlannerProcess.start(dataDir, output);
        Duration secondStart = second.awaitHealthy(START);
        List<String> missingAfterFirstKill = DelegationWriters.missing(second.admin(), acknowledged);
        ProcessHandle leftOver = second.postmaster().orElseThrow();
        // Killed with its watchdog, the application leaves its server running on the data directory.
        ProcessHandle watchdog = second.watchdog();
        acknowledged.addAll(writeUntilKilled(second, plans, "second", watchdog::destroyForcibly));
        assertThat(isAlive(leftOver))
                .as("the server outlives an application killed with its watchdog")
                .isTrue();

        try (PlannerProcess third = PlannerProcess.start(dataDir, output)) {
            Duration thirdStart = third.awaitHealthy(START);
            assertThat(isAlive(leftOver))
                    .as("the server left running was stopped")
                    .isFalse();
            List<String> missing = DelegationWriters.missing(third.admin(), acknowledged);
            Api.Answer another = DelegationWriters.add(third.admin(), plans.get(0), "del-after");

            System.out.printf(
                    "[fault figures] application killed twice during %d concurrent writers: %d writes"
                            + " acknowledged, %d found; server stopped by the watchdog %s after the first kill;"
                            + " healthy again %s after each start (the second stopped a server left running)%n",
                    WRITERS,
                    acknowledged.size(),
                    acknowledged.size() - missing.size(),
                    millis(List.of(serverStopped)),
                    millis(List.of(secondStart, thirdStart)));
            assertThat(missingAfterFirstKill).isEmpty();
            assertThat(missing).isEmpty();
            assertThat(another.status()).as(another.text()).isEqualTo(201);
        }
    }

    /** Writers run until the application is killed with -9 (after {@code beforeKill}); their acknowledged writes. */
    private static List<String> writeUntilKilled(
            PlannerProcess app, List<String> plans, String run, Runnable beforeKill) throws InterruptedException {
        DelegationWriters writers = new DelegationWriters(plans, run, writer -> app.admin());
        try (writers) {
            writers.awaitAcknowledged(40);
            beforeKill.run();
            app.kill();
            writers.awaitGone();
        }
        assertThat(writers.unexpected()).isEmpty();
        return writers.acknowledged();
    }

    /** PostgreSQL's own durability settings are in effect, and the server takes no connection without its password. */
    private static void assertDurableAndPasswordProtected(PlannerProcess app, Path dataDir) throws Exception {
        String url = app.databaseUrl();
        try (Connection connection = DriverManager.getConnection(url, "postgres", app.databasePassword());
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    assertThat(value.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    /** Alive and no zombie. */
    private static boolean isAlive(ProcessHandle process) {
        return process.isAlive() && process.info().command().isPresent();
    }

    private static String millis(List<Duration> durations) {
        return durations.stream()
                .map(duration -> duration.toMillis() + " ms")
                .toList()
                .toString();
    }
}
