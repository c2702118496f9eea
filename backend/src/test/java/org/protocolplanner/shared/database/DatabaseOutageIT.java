package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.PlannerProcess;

/**
 * The database's outages are told at once and honestly: a full disk answers 503 "storage full", a lost
 * server turns health DOWN and every API call 503 with {@code Retry-After} within a second (never 401,
 * although the sign-in check needs the database too), and the application carries on by itself once the
 * disk has room or the server can start again, with every acknowledged write still there.
 *
 * <p>The application runs as a process of its own ({@link PlannerProcess}), so that its server can be
 * killed under it. Its data directory is a small tmpfs mounted for these tests, so that the disk really
 * fills up and PostgreSQL meets the operating system's "no space left on device". Mounting needs root,
 * as the build machines run; for anyone else the full-disk test is skipped, saying so.
 */
class DatabaseOutageIT {

    /** Room for the new database, its write-ahead log and the application's log, and little more. */
    private static final String DISK_SIZE = "192m";

    private static final Duration FIRST_START = Duration.ofMinutes(4);

    private static Path dataDir;
    private static Path output;
    private static boolean smallDisk;
    private static PlannerProcess app;

    @BeforeAll
    static void startOnASmallDisk() throws Exception {
        dataDir = Files.createTempDirectory("planner-outages-");
        smallDisk = "root".equals(ProcessHandle.current().info().user().orElse(""));
        if (smallDisk) {
            run("mount", "-t", "tmpfs", "-o", "size=" + DISK_SIZE, "planner-outages", dataDir.toString());
        }
        output = FaultTestDirectories.output(FaultTestDirectories.fresh("outages"));
        app = PlannerProcess.start(dataDir, output);
        app.awaitHealthy(FIRST_START);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smallDisk) {
            run("umount", "-l", dataDir.toString());
        }
        Files.delete(dataDir);
    }

    @Test
    void aFullDiskAnswers503StorageFullAndLosesNothingAcknowledged() throws Exception {
        assumeTrue(smallDisk, "filling a disk of its own needs a tmpfs, which only root may mount");
        Api admin = app.admin();
        List<String> plans = IntStream.range(0, 2)
                .mapToObj(writer -> DelegationWriters.newPlan(admin, "Full disk " + writer))
                .toList();

        Path filler = dataDir.resolve("filler");
        DelegationWriters writers = new DelegationWriters(plans, "full", writer -> app.admin());
        try (writers) {
            writers.awaitAcknowledged(20);
            fill(filler);
            // PostgreSQL still finds room in its files for a while: each refusal is a write that needed more.
            await().atMost(Duration.ofMinutes(2)).until(() -> writers.refused(503) >= 3);
        }
        long freed = System.nanoTime();
        Files.delete(filler);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> DelegationWriters.add(admin, plans.get(0), "del-room-again")
                                .status()
                        == 201);
        Duration writableAgain = Duration.ofNanos(System.nanoTime() - freed);
        List<String> missing = DelegationWriters.missing(admin, writers.acknowledged());

        System.out.printf(
                "[fault figures] full disk: %d writes acknowledged, %d found; refused 503 %s;"
                        + " writes taken again %d ms after the disk had room%n",
                writers.acknowledged().size(),
                writers.acknowledged().size() - missing.size(),
                writers.unavailable(),
                writableAgain.toMillis());
        assertThat(writers.unexpected())
                .as("answers other than 201, or 503 with Retry-After")
                .isEmpty();
        assertThat(writers.unavailable().keySet())
                .as("the writes refused on the full disk")
                .allMatch(answer -> answer.startsWith("60 ") && answer.contains("storage is full"));
        assertThat(missing).as("acknowledged writes that were lost").isEmpty();
    }

    /**
     * The server is killed and its directory taken away, as when its disk is unmounted: it cannot start
     * again until the directory is back.
     */
    @Test
    void aLostServerTurnsHealthDownAndEveryCall503WithinASecondUntilItIsBack() throws Exception {
        Api signedIn = app.admin();
        Api httpBasic = Api.as(app.port(), PlannerProcess.ADMIN, PlannerProcess.ADMIN_PASSWORD);
        String plan = DelegationWriters.newPlan(signedIn, "Lost server");
        assertThat(DelegationWriters.add(signedIn, plan, "del-before").status()).isEqualTo(201);

        Path directory = dataDir.resolve("postgres");
        Path away = dataDir.resolve("postgres-away");
        ProcessHandle server = app.postmaster().orElseThrow();
        Files.move(directory, away);
        long killed = System.nanoTime();
        server.destroyForcibly();
        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> app.health() == 503);
        Duration healthDown = Duration.ofNanos(System.nanoTime() - killed);
        Timed<Api.Answer> sessionCall = timed(() -> signedIn.get(plan));
        Timed<Api.Answer> basicCall = timed(() -> httpBasic.get(plan));
        Timed<Api.Answer> writeCall = timed(() -> DelegationWriters.add(signedIn, plan, "del-while-lost"));

        long returned = System.nanoTime();
        Files.move(away, directory);
        app.awaitHealthy(Duration.ofSeconds(60));
        Duration healthyAgain = Duration.ofNanos(System.nanoTime() - returned);

        System.out.printf(
                "[fault figures] server lost: health DOWN after %d ms; a signed-in read answered %d in"
                        + " %d ms, an HTTP Basic read %d in %d ms, a write %d in %d ms; healthy again %d ms after"
                        + " its directory was back%n",
                healthDown.toMillis(),
                sessionCall.value().status(),
                sessionCall.millis(),
                basicCall.value().status(),
                basicCall.millis(),
                writeCall.value().status(),
                writeCall.millis(),
                healthyAgain.toMillis());
        for (Timed<Api.Answer> call : List.of(sessionCall, basicCall, writeCall)) {
            Api.Answer answer = call.value();
            assertThat(answer.status()).as(answer.text()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asString()).contains("not answering");
            assertThat(call.millis()).as("answered within the pool's wait").isLessThan(2000);
        }
        List<String> missing =
                DelegationWriters.missing(signedIn, List.of(plan + "|del-before", plan + "|del-while-lost"));
        assertThat(missing)
                .as("the write from before is there, the refused one is not")
                .containsExactly(plan + "|del-while-lost");
    }

    /** Writes until the disk has no byte left, in big pieces and then in single pages. */
    private static void fill(Path filler) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int size : new int[] {1 << 20, 4096}) {
                byte[] piece = new byte[size];
                try {
                    while (true) {
                        out.write(piece);
                    }
                } catch (IOException full) {
                    // No space left on device: on to the smaller pieces, or done.
                }
            }
        }
    }

    private record Timed<T>(T value, long millis) {}

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + said);
        }
    }
}
