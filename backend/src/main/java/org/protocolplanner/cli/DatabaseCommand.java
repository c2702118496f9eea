package org.protocolplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.protocolplanner.shared.database.StandaloneDatabase;

/**
 * {@code database [--port N] [--data-dir DIR]}: runs the embedded PostgreSQL alone on the data directory
 * (by default the application's, {@code PLANNER_DATA_DIR} or {@code ~/.protocol-planner}) until it is
 * stopped (Ctrl+C or a TERM signal), and prints what an application instance needs to use it, as the
 * settings it reads. Several instances on one machine share one database this way.
 */
final class DatabaseCommand {

    static final String USAGE = "database [--port N] [--data-dir DIR]";

    /** PostgreSQL's own port: what a person reading the settings expects, unless it is taken. */
    private static final int DEFAULT_PORT = 5432;

    private DatabaseCommand() {}

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("port", "data-dir"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(
                    "unexpected argument " + arguments.positional().get(0));
        }
        int port = arguments.intOr("port", DEFAULT_PORT);
        if (port < 1 || port > 65535) {
            throw new UsageException("--port must be between 1 and 65535: " + port);
        }
        StandaloneDatabase database = start(dataDir(arguments), port);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "database-stop"));
        out.println("PostgreSQL is running for Protocol Planner instances (loopback only; Ctrl+C stops it):");
        database.instanceSettings().forEach((name, value) -> out.println(name + "=" + value));
        out.flush();
        awaitStop();
    }

    private static Path dataDir(Arguments arguments) {
        String given = arguments.optional("data-dir");
        if (given != null) {
            return Path.of(given);
        }
        String fromEnvironment = System.getenv("PLANNER_DATA_DIR");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
    }

    private static StandaloneDatabase start(Path dataDir, int port) {
        try {
            return StandaloneDatabase.start(dataDir, port);
        } catch (IllegalStateException e) {
            // A taken port or a database already running there: the user's to change, said in one line.
            throw new UsageException(e.getMessage());
        }
    }

    /** The server runs until the JVM is asked to stop; the shutdown hook then stops it. */
    private static void awaitStop() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
