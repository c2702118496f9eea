package org.protocolplanner.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One fresh embedded PostgreSQL per test run, shared by every Spring test context: the contexts
 * reach it as an outside server through {@code spring.datasource.url}, exactly as production does.
 * Registered for all Spring Boot tests in {@code META-INF/spring.factories}.
 */
public class SharedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A test that needs a database of its own on the shared server names it with this property. */
    public static final String DATABASE_PROPERTY = "planner.test.database";

    private static EmbeddedPostgres server;
    private static final Set<String> databases = new HashSet<>(Set.of("postgres"));

    public static synchronized String jdbcUrl(String database) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the test database", e);
            }
        }
        if (databases.add(database)) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("could not create test database " + database, e);
            }
        }
        return server.getJdbcUrl("postgres", database);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = context.getEnvironment().getProperty(DATABASE_PROPERTY, "postgres");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "sharedTestDatabase",
                        Map.of(
                                "spring.datasource.url", jdbcUrl(database),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
    }
}
