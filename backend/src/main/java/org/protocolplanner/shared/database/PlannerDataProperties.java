package org.protocolplanner.shared.database;

import java.nio.file.Path;

/**
 * Where the embedded database keeps its files: the {@code planner.data} settings, read by
 * {@link EmbeddedPostgresStarter} before the application's beans exist.
 *
 * @param dataDir   the application's data directory ({@code PLANNER_DATA_DIR}, default {@code ~/.protocol-planner})
 * @param ephemeral true for a throw-away database that starts empty and is deleted at shutdown (tests)
 */
public record PlannerDataProperties(Path dataDir, boolean ephemeral) {

    public PlannerDataProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".protocol-planner");
        }
        // Absolute, because the server's process names its directory and is compared with it.
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    Path postgresDirectory() {
        return dataDir.resolve("postgres");
    }

    /** The database password, beside the server's directory rather than in it, readable by its owner only. */
    Path passwordFile() {
        return dataDir.resolve("postgres.password");
    }

    /** The server's own messages once the application has had to start it again. */
    Path restartLogFile() {
        return dataDir.resolve("logs").resolve("postgres.log");
    }
}
