package org.protocolplanner.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server while the application runs, kept alive and tied to the application:
 * <ul>
 *   <li>a server left running on the data directory by an application that was killed is stopped
 *       cleanly before this one starts;</li>
 *   <li>a watchdog process stops the server when the application's JVM is gone, however it ended, so that
 *       no server is orphaned;</li>
 *   <li>a supervisor checks twice a second that the server runs and starts it again on the same data
 *       directory and port when it has died (killed, or stopped by a full disk); PostgreSQL's crash
 *       recovery then replays every committed write from its log.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(500);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);
    /** Below this (one segment of PostgreSQL's write-ahead log) the server cannot go on writing. */
    private static final long STORAGE_RESERVE_BYTES = 16L * 1024 * 1024;

    private final Path directory;
    private final Path restartLog;
    private final EmbeddedPostgres server;
    private final Process watchdog;
    private final ScheduledExecutorService supervisor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Postmaster postmaster;
    private volatile int restarts;
    private boolean stopNoticed;
    private int failedAttempts;
    private long nextAttemptNanos = System.nanoTime();

    private EmbeddedDatabase(Path directory, Path restartLog, EmbeddedPostgres server, Postmaster postmaster)
            throws IOException {
        this.directory = directory;
        this.restartLog = restartLog;
        this.server = server;
        this.postmaster = postmaster;
        this.watchdog = startWatchdog(postmaster.pgCtl(), directory);
        this.supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(
                this::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the server on the data directory, with the durable settings unless it is ephemeral. */
    static EmbeddedDatabase start(PlannerDataProperties data, int port, String password) {
        Path directory = data.postgresDirectory();
        try {
            Files.createDirectories(directory.getParent());
            Files.createDirectories(data.restartLogFile().getParent());
            stopLeftOverServer(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(data.ephemeral())
                    .setConnectConfig("password", password)
                    // Spring's bean lifecycle and the application's shutdown handler stop it (hung JVMs otherwise).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100");
            if (!data.ephemeral()) {
                durable(builder);
            }
            EmbeddedPostgres server = builder.start();
            try {
                DatabasePassword.require(server, directory, password);
                Postmaster postmaster = Postmaster.on(directory)
                        .orElseThrow(() -> new IllegalStateException(
                                "The embedded PostgreSQL started but its process is not found"));
                return new EmbeddedDatabase(directory, data.restartLogFile(), server, postmaster);
            } catch (IOException | SQLException | RuntimeException e) {
                stopAfterFailedStart(server, e);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password in " + directory, e);
        }
    }

    private static void stopAfterFailedStart(EmbeddedPostgres server, Exception failure) {
        try {
            server.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * PostgreSQL's own durability: the embedded server's library starts it as a throw-away test
     * database (fsync off by its {@code -F} flag, no synchronous commit), so that an answered write
     * could be lost in a crash. A {@code -c} setting comes after {@code -F} and wins. Only an
     * ephemeral database, deleted at shutdown anyway, keeps the faster settings.
     */
    private static void durable(EmbeddedPostgres.Builder builder) {
        builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /**
     * A server still running on the directory belongs to an application that was killed together with
     * its watchdog: PostgreSQL would refuse to start a second one, and waiting for a hand to stop it
     * helps nobody.
     */
    private static void stopLeftOverServer(Path directory) {
        Postmaster.on(directory).ifPresent(leftOver -> {
            log.warn(
                    "A PostgreSQL server (pid {}) is still running on {}: stopping it first",
                    leftOver.pid(),
                    directory);
            leftOver.stop(directory);
        });
    }

    /**
     * A shell that waits for the end of its input, which comes when the JVM's end of the pipe closes:
     * at the JVM's exit, and also when the JVM is killed. It then stops the server. The JVM cannot do
     * this itself after {@code kill -9}, and zonky's library has no such guard.
     */
    private static Process startWatchdog(PgCtl pgCtl, Path directory) throws IOException {
        List<String> command =
                new ArrayList<>(List.of("sh", "-c", "while read -r _; do :; done; exec \"$@\"", "postgres-watchdog"));
        command.addAll(pgCtl.command("stop", "-D", directory.toString(), "-m", "fast", "-w", "-t", "60"));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    int port() {
        return server.getPort();
    }

    /** Whether the server's process is alive at this moment. */
    boolean isRunning() {
        return postmaster.isAlive();
    }

    /** How often the server had to be started again since the application started. */
    int restarts() {
        return restarts;
    }

    /** Whether the disk under the data directory has too little room left for the server to write. */
    boolean isStorageFull() {
        try {
            return Files.getFileStore(directory).getUsableSpace() < STORAGE_RESERVE_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** One round of the supervisor: starts a dead server again, at growing intervals while that fails. */
    private void check() {
        if (closed.get() || postmaster.isAlive()) {
            return;
        }
        if (!stopNoticed) {
            stopNoticed = true;
            log.warn(
                    "The embedded PostgreSQL (pid {}) has stopped: starting it again on port {}",
                    postmaster.pid(),
                    port());
        }
        if (!postmaster.hasExited() || System.nanoTime() - nextAttemptNanos < 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            restart();
            restarts++;
            failedAttempts = 0;
            stopNoticed = false;
            log.info(
                    "The embedded PostgreSQL runs again (pid {}), {} ms after the attempt began",
                    postmaster.pid(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            failedAttempts++;
            long delay = Math.min(MAX_RETRY_DELAY.toMillis(), CHECK_INTERVAL.toMillis() << Math.min(failedAttempts, 4));
            nextAttemptNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
            log.warn(
                    "Could not start the embedded PostgreSQL again{}: {}",
                    isStorageFull() ? " (its disk is full)" : "",
                    e.getMessage());
        }
    }

    /**
     * {@code pg_ctl restart} starts the server with the options it last ran with (its
     * {@code postmaster.opts}: the same port and durable settings). The server's output goes to a log
     * file emptied on each attempt: it holds the messages since the last attempt, why that one failed
     * if it did, and no older ones.
     */
    private void restart() {
        try {
            Files.deleteIfExists(restartLog);
        } catch (IOException e) {
            log.debug("Could not empty {}: {}", restartLog, e.getMessage());
        }
        postmaster
                .pgCtl()
                .run(
                        "restart",
                        "-D",
                        directory.toString(),
                        "-m",
                        "fast",
                        "-w",
                        "-t",
                        "60",
                        "-l",
                        restartLog.toString());
        postmaster = Postmaster.on(directory)
                .orElseThrow(() -> new IllegalStateException("the server started but its process is not found"));
    }

    /** Stops the supervisor first, so that it cannot start the server again, then the server and its watchdog. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        supervisor.shutdownNow();
        try {
            supervisor.awaitTermination(70, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
        watchdog.destroy();
    }
}
