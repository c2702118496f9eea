package org.protocolplanner.shared.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerName;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The name this instance signs its claims with ({@code picked_by} of the claimed rows, {@code solved_by}
 * of a solve): {@code planner.instance-name} when set, else the host's name and the port the web server
 * listens on, so that two instances on one machine are told apart and an operator knows which is which.
 */
@Component
public class InstanceName implements SchedulerName, ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private final String host = host();
    private volatile String fromServer;

    InstanceName(@Value("${planner.instance-name:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The application's own server, not a separate management server's.
        if (event.getApplicationContext().getServerNamespace() == null) {
            fromServer = host + ":" + event.getWebServer().getPort();
        }
    }

    /** The name; before the web server listens (and without one), the host's name alone. */
    @Override
    public String getName() {
        if (!configured.isEmpty()) {
            return configured;
        }
        String named = fromServer;
        return named != null ? named : host;
    }

    @Override
    public String toString() {
        return getName();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
