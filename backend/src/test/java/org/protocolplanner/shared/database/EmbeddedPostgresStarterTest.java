package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded server as a user without an outside database gets it: started with PostgreSQL's
 * durable settings, reached by URL and password only, stopped with the application. How it survives
 * crashes is for the fault tests (DatabaseCrashIT), which kill a packaged application's server.
 */
class EmbeddedPostgresStarterTest {

    @TempDir
    Path dataDir;

    @Test
    void startsADurablePasswordProtectedServerInTheDataDirectoryAndStopsItWithTheApplication()
            throws SQLException, IOException {
        GenericApplicationContext context = started();

        String url = context.getEnvironment().getProperty("spring.datasource.url");
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
        assertThat(context.getEnvironment().getProperty(EmbeddedPostgresStarter.EMBEDDED_PROPERTY))
                .isEqualTo("true");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        // The embedded library's own defaults are fsync off (-F) and asynchronous commit.
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");

        assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres.password")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(password())
                .hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(context.getEnvironment().getProperty("spring.datasource.password"));
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "postgres", "guess").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'", Integer.class))
                .isZero();

        context.close();
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "postgres", password()).close())
                .as("the server stops with the application")
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aDataDirectoryMadeWithoutAPasswordGetsOneAtItsNextStart() throws IOException, SQLException {
        try (EmbeddedPostgres before = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                Connection connection = before.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('made before the password')");
        }
        assertThat(dataDir.resolve("postgres.password")).doesNotExist();

        GenericApplicationContext context = started();
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                        .queryForObject("select note from kept", String.class))
                .isEqualTo("made before the password");
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        context.close();
    }

    @Test
    void startsNothingWhenAnOutsideServerIsConfigured() {
        GenericApplicationContext context = contextWith(Map.of(
                "spring.datasource.url",
                "jdbc:postgresql://db.example:5432/planner",
                "planner.data.data-dir",
                dataDir.toString()));
        new EmbeddedPostgresStarter().initialize(context);
        context.refresh();

        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty(EmbeddedPostgresStarter.EMBEDDED_PROPERTY))
                .isNull();
        assertThat(dataDir).isEmptyDirectory();
        context.close();
    }

    /** The starter on the data directory, with a data source as Boot builds it from the settings it made. */
    private GenericApplicationContext started() {
        GenericApplicationContext context = contextWith(Map.of("planner.data.data-dir", dataDir.toString()));
        new EmbeddedPostgresStarter().initialize(context);
        context.registerBean(
                "dataSource",
                DataSource.class,
                () -> new DriverManagerDataSource(
                        context.getEnvironment().getProperty("spring.datasource.url"),
                        context.getEnvironment().getProperty("spring.datasource.username"),
                        context.getEnvironment().getProperty("spring.datasource.password")));
        context.refresh();
        return context;
    }

    private String password() throws IOException {
        return Files.readString(dataDir.resolve("postgres.password")).strip();
    }

    private static GenericApplicationContext contextWith(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }
}
