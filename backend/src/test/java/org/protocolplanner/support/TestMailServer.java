package org.protocolplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application's SMTP settings at a free port on this machine, chosen once per test run, where
 * the e-mail test starts a real SMTP server (GreenMail). While none listens, mail fails to connect and is
 * only logged, as in production with a mail server down. Registered in {@code META-INF/spring.factories}.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String HOST = "127.0.0.1";

    private static int port;

    public static synchronized int port() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port for the test mail server", e);
            }
        }
        return port;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "testMailServer", Map.of("spring.mail.host", HOST, "spring.mail.port", port())));
    }
}
