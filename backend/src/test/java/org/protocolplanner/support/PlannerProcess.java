package org.protocolplanner.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application as its users run it: the packaged jar in a JVM of its own, on a data directory of
 * its own, as the first administrator outside demo mode (the demo data would only make each first
 * start slower). Only a separate process can be killed with {@code -9}, and only its embedded database
 * can be killed under it, so the fault tests start one; they run after the jar is packaged
 * ({@code planner.jar}, set by the build).
 */
public final class PlannerProcess implements AutoCloseable {

    public static final String ADMIN = "faults";
    public static final String ADMIN_PASSWORD = "kill -9 must lose nothing";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path output;

    private PlannerProcess(Process process, int port, Path dataDir, Path output) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.output = output;
    }

    /** Starts the jar on the data directory, its output appended to the given file. */
    public static PlannerProcess start(Path dataDir, Path output) {
        return start(dataDir, output, Map.of());
    }

    /**
     * Starts the jar with more settings in its environment: the {@code SPRING_DATASOURCE_*} of a shared
     * database, for instances that share one.
     */
    public static PlannerProcess start(Path dataDir, Path output, Map<String, String> settings) {
        Path jar = Path.of(System.getProperty("planner.jar", "target/protocol-planner/protocol-planner.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: the fault tests run the packaged application"
                    + " (mvn verify packages it before the integration tests)");
        }
        int port = freePort();
        try {
            Files.createDirectories(dataDir);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            // Starts a quarter faster; these runs measure recovery, not the solver.
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--server.port=" + port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment()
                    .putAll(Map.of(
                            "PLANNER_DATA_DIR",
                            dataDir.toString(),
                            "PLANNER_DEMO",
                            "false",
                            "PLANNER_ADMIN_USERNAME",
                            ADMIN,
                            "PLANNER_ADMIN_PASSWORD",
                            ADMIN_PASSWORD));
            builder.environment().putAll(settings);
            return new PlannerProcess(builder.start(), port, dataDir, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
    }

    public int port() {
        return port;
    }

    public Api admin() {
        return Api.signedIn(port, ADMIN, ADMIN_PASSWORD);
    }

    /** Waits until {@code /actuator/health} says UP and tells how long that took. */
    public Duration awaitHealthy(Duration atMost) {
        long started = System.nanoTime();
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application exited with " + process.exitValue() + "; its output is in " + output);
            }
            return health() == 200;
        });
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The status of {@code /actuator/health}: 200 when UP, 503 when DOWN, 0 when nothing answers. */
    public int health() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The embedded server's process, as its lock file names it, while it is alive. */
    public Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(process ->
                            process.isAlive() && process.info().command().isPresent());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The embedded server's JDBC URL: its port is the fourth line of its lock file. */
    public String databaseUrl() throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + lines.get(3).trim() + "/postgres";
    }

    /** The password the application made for its embedded server. */
    public String databasePassword() throws IOException {
        return Files.readString(dataDir.resolve("postgres.password")).strip();
    }

    /** The shell that stops the embedded server when the application's JVM is gone. */
    public ProcessHandle watchdog() {
        return process.children()
                .filter(child ->
                        child.info().arguments().map(List::of).orElse(List.of()).contains("postgres-watchdog"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the application runs no watchdog"));
    }

    /** {@code kill -9}: the JVM ends at once, without shutdown hooks. */
    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** A regular stop (SIGTERM), as a service manager does it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
