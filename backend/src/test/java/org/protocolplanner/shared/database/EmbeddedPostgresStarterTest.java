package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded server as a user without an outside database gets it: started, reached by URL, stopped. */
class EmbeddedPostgresStarterTest {

    @TempDir
    Path dataDir;

    @Test
    void startsTheServerInTheDataDirectoryAndStopsItWithTheApplication() throws SQLException {
        GenericApplicationContext context = contextWith(Map.of("planner.data.data-dir", dataDir.toString()));
        new EmbeddedPostgresStarter().initialize(context);
        // A data source as Boot builds it: from spring.datasource.url, which the starter has set.
        context.registerBean("dataSource", DataSource.class, () -> new DriverManagerDataSource(
                context.getEnvironment().getProperty("spring.datasource.url"), "postgres", ""));
        context.refresh();

        String url = context.getEnvironment().getProperty("spring.datasource.url");
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            assertThat(version.getString(1)).startsWith("17.");
        }
        assertThat(context.getEnvironment().getProperty(EmbeddedPostgresStarter.EMBEDDED_PROPERTY)).isEqualTo("true");
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        context.close();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .as("the server stops with the application").isInstanceOf(SQLException.class);
    }

    @Test
    void startsNothingWhenAnOutsideServerIsConfigured() {
        GenericApplicationContext context = contextWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/planner",
                "planner.data.data-dir", dataDir.toString()));
        new EmbeddedPostgresStarter().initialize(context);
        context.refresh();

        assertThat(context.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty(EmbeddedPostgresStarter.EMBEDDED_PROPERTY)).isNull();
        assertThat(dataDir).isEmptyDirectory();
        context.close();
    }

    private static GenericApplicationContext contextWith(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }
}
