package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database command's server, as instances sharing it see it: reached with the settings it prints,
 * guarded against an application that would start a server of its own on the same directory.
 */
class StandaloneDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void servesTheDataDirectoryWithThePrintedSettingsAndGuardsItUntilStopped() throws SQLException, IOException {
        int port = freePort();
        try (StandaloneDatabase database = StandaloneDatabase.start(dataDir, port)) {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
            try (Connection connection =
                            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    ResultSet fsync = connection.createStatement().executeQuery("show fsync")) {
                fsync.next();
                assertThat(fsync.getString(1)).isEqualTo("on");
            }
            assertThat(StandaloneDatabase.runningOn(dataDir)).hasValueSatisfying(running -> {
                assertThat(running.pid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(running.port()).isEqualTo(port);
            });

            // An application on the same directory without an outside URL must not take the server over.
            assertThatThrownBy(() -> new EmbeddedPostgresStarter().initialize(applicationOn(dataDir)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("served by the database command")
                    .hasMessageContaining("SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + port + "/postgres");
            assertThatThrownBy(() -> StandaloneDatabase.start(dataDir, freePort()))
                    .hasMessageContaining("is already served by the database command");
        }

        assertThat(StandaloneDatabase.runningOn(dataDir)).isEmpty();
        assertThatThrownBy(() -> DriverManager.getConnection(
                                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "any")
                        .close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void refusesATakenPortBeforeTouchingTheDataDirectory() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> StandaloneDatabase.start(dataDir, taken.getLocalPort()))
                    .hasMessage("port " + taken.getLocalPort() + " is in use: choose another with --port");
        }
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    private static GenericApplicationContext applicationOn(Path dataDir) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("planner.data.data-dir", dataDir.toString())));
        return context;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
