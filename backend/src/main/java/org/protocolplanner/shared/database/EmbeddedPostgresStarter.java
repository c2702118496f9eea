package org.protocolplanner.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a real PostgreSQL 17 server inside the application when no outside server is configured,
 * so a new user needs nothing but a JDK to run the product.
 *
 * <p>The server starts on a thread of its own as soon as the environment is known, so that its
 * start (initdb on a first run, checking the unpacked binaries on every run) overlaps with Spring
 * reading the application's configuration instead of following it. The application then reaches it
 * exactly as it reaches an outside server, through {@code spring.datasource.url} and the password kept
 * in the data directory; every data source waits for the start. Deciding here at run time, not with a
 * conditional configuration, keeps the ahead-of-time processed build valid for both the embedded and an
 * outside server. {@link EmbeddedDatabase} keeps the server running and tied to the application.
 */
public final class EmbeddedPostgresStarter implements ApplicationContextInitializer<GenericApplicationContext> {

    /** Set to {@code true} when the application runs on its embedded server (demo mode's default). */
    public static final String EMBEDDED_PROPERTY = "planner.data.embedded";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);
    private static final String SERVER_BEAN = "embeddedDatabase";

    @Override
    public void initialize(GenericApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isBlank() || isAheadOfTimeProcessing()) {
            return;
        }
        PlannerDataProperties data = Binder.get(environment)
                .bind("planner.data", PlannerDataProperties.class)
                .orElseGet(() -> new PlannerDataProperties(null, false));
        refuseWhereTheDatabaseCommandRuns(data);
        String password = password(data);
        int port = freePort();
        CompletableFuture<EmbeddedDatabase> server = CompletableFuture.supplyAsync(
                () -> EmbeddedDatabase.start(data, port, password),
                task -> new Thread(task, "embedded-postgres-start").start());
        // Runs after every context has closed, and also when start-up fails before the server's bean
        // exists: the server must never outlive the application and keep its data directory locked.
        SpringApplication.getShutdownHandlers().add(() -> server.thenAccept(EmbeddedDatabase::close));

        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "embeddedPostgres",
                        Map.of(
                                "spring.datasource.url",
                                "jdbc:postgresql://localhost:" + port + "/postgres",
                                "spring.datasource.username",
                                DatabasePassword.USER,
                                "spring.datasource.password",
                                password,
                                EMBEDDED_PROPERTY,
                                "true")));
        context.registerBean(
                SERVER_BEAN,
                EmbeddedDatabase.class,
                () -> awaitStart(server, data),
                definition -> definition.setDestroyMethodName("close"));
        context.registerBean(
                "embeddedDatabaseHealthIndicator",
                HealthIndicator.class,
                () -> new EmbeddedDatabaseHealth(context.getBean(EmbeddedDatabase.class)));
        context.addBeanFactoryPostProcessor(dataSourcesWaitForServer());
    }

    /** Starting a server of its own there would stop the shared one under every instance using it. */
    private static void refuseWhereTheDatabaseCommandRuns(PlannerDataProperties data) {
        StandaloneDatabase.runningOn(data.dataDir()).ifPresent(running -> {
            throw new IllegalStateException("The data directory " + data.dataDir() + " is served by the database"
                    + " command (process " + running.pid() + "). Start the application with"
                    + " SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + running.port() + "/postgres,"
                    + " SPRING_DATASOURCE_USERNAME=" + DatabasePassword.USER + " and SPRING_DATASOURCE_PASSWORD from "
                    + data.passwordFile() + ", or with another PLANNER_DATA_DIR.");
        });
    }

    private static boolean isAheadOfTimeProcessing() {
        return Boolean.getBoolean("spring.aot.processing");
    }

    private static String password(PlannerDataProperties data) {
        try {
            return DatabasePassword.of(data.passwordFile());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the database password in " + data.passwordFile(), e);
        }
    }

    /** Data sources depend on the server's bean: created after it has started, closed before it stops. */
    private static BeanFactoryPostProcessor dataSourcesWaitForServer() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                String[] withServer = java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
                withServer[dependsOn.length] = SERVER_BEAN;
                definition.setDependsOn(withServer);
            }
        };
    }

    private static EmbeddedDatabase awaitStart(CompletableFuture<EmbeddedDatabase> server, PlannerDataProperties data) {
        try {
            EmbeddedDatabase started = server.join();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {}{}",
                    started.port(),
                    data.postgresDirectory(),
                    data.ephemeral() ? " (discarded at shutdown)" : "");
            return started;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }
}
