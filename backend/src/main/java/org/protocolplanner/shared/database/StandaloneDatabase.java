package org.protocolplanner.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded PostgreSQL on its own, for several application instances (or a test) to share: the
 * {@code database} command. It runs on the data directory with the password, durable settings,
 * supervision and watchdog it has inside the application, and listens on loopback only.
 *
 * <p>While it runs, a lock file in the data directory names its process and port. An application
 * started on the same directory without {@code SPRING_DATASOURCE_URL} would otherwise find the server
 * running, take it for one left over by a killed application, and stop it under every instance that
 * uses it; {@link #runningOn} lets it refuse instead and say what to set.
 */
public final class StandaloneDatabase implements AutoCloseable {

    private static final String LOCK_FILE = "database.lock";

    private final EmbeddedDatabase server;
    private final Path lockFile;
    private final String password;

    private StandaloneDatabase(EmbeddedDatabase server, Path lockFile, String password) {
        this.server = server;
        this.lockFile = lockFile;
        this.password = password;
    }

    /**
     * Starts the server on the data directory ({@code null}: the application's default) and port.
     *
     * @throws IllegalStateException when the port is taken or another {@code database} runs on the directory
     */
    public static StandaloneDatabase start(Path dataDir, int port) {
        PlannerDataProperties data = new PlannerDataProperties(dataDir, false);
        runningOn(data.dataDir()).ifPresent(running -> {
            throw new IllegalStateException(data.dataDir() + " is already served by the database command (process "
                    + running.pid() + ", port " + running.port() + ")");
        });
        requireFree(port);
        try {
            Files.createDirectories(data.dataDir());
            String password = DatabasePassword.of(data.passwordFile());
            EmbeddedDatabase server = EmbeddedDatabase.start(data, port, password);
            Path lockFile = data.dataDir().resolve(LOCK_FILE);
            Files.writeString(lockFile, ProcessHandle.current().pid() + " " + port + "\n", StandardCharsets.UTF_8);
            return new StandaloneDatabase(server, lockFile, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the database in " + data.dataDir(), e);
        }
    }

    /** The {@code database} command running on the data directory, if one is alive. */
    public static Optional<Running> runningOn(Path dataDir) {
        Path lockFile = dataDir.toAbsolutePath().normalize().resolve(LOCK_FILE);
        try {
            List<String> fields = List.of(
                    Files.readString(lockFile, StandardCharsets.UTF_8).strip().split(" "));
            long pid = Long.parseLong(fields.get(0));
            int port = Integer.parseInt(fields.get(1));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(process -> new Running(pid, port));
        } catch (IOException | RuntimeException e) {
            // No lock file, or one left by a database command that was killed: nothing runs there.
            return Optional.empty();
        }
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use: choose another with --port");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.port() + "/postgres";
    }

    public String user() {
        return DatabasePassword.USER;
    }

    public String password() {
        return password;
    }

    /** The environment that points an instance at this server, in the order the database command prints it. */
    public Map<String, String> instanceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SPRING_DATASOURCE_URL", jdbcUrl());
        settings.put("SPRING_DATASOURCE_USERNAME", user());
        settings.put("SPRING_DATASOURCE_PASSWORD", password());
        return settings;
    }

    /** Stops the server and removes the lock file; safe to call twice (a shutdown hook and a test). */
    @Override
    public void close() {
        server.close();
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + lockFile, e);
        }
    }

    /** A running {@code database} command: its process and the port it serves. */
    public record Running(long pid, int port) {}
}
