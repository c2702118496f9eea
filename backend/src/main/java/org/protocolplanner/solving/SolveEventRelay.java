package org.protocolplanner.solving;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the other instances on the database what this one's solves do, so that an event stream opened on
 * any instance follows a solve running on another: PostgreSQL's NOTIFY on the channel
 * {@value #CHANNEL}, which every instance LISTENs to on a connection of its own. A notice names the plan
 * and what happened (a change of state, a new best score, the end of the streams), never a status: each
 * instance reads the job row for that. Notices sent while an instance's connection is down are lost to
 * it; the running instance tells the status once a second.
 */
@Component
class SolveEventRelay implements SmartLifecycle {

    static final String CHANNEL = "solve_events";

    /** What a notice says. */
    enum Kind {
        STATE,
        BEST,
        COMPLETE
    }

    /** A notice from another instance; {@code best} and {@code timeSpentMs} only for {@link Kind#BEST}. */
    record Notice(Kind kind, long planId, SolveStatus.Score best, long timeSpentMs) {}

    private static final Logger log = LoggerFactory.getLogger(SolveEventRelay.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    /** Tells this instance's own notices from the others' when they come back on the channel. */
    private final String origin = UUID.randomUUID().toString();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile Consumer<Notice> receiver = notice -> {};
    private volatile boolean running;
    private Thread listener;

    SolveEventRelay(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Who hears the other instances' notices. */
    void receiveWith(Consumer<Notice> receiver) {
        this.receiver = receiver;
    }

    void state(long planId) {
        send(Kind.STATE + "|" + planId);
    }

    void best(long planId, SolveStatus.Score score, long timeSpentMs) {
        send(Kind.BEST + "|" + planId + "|" + score.hard() + "|" + score.medium() + "|" + score.soft() + "|"
                + timeSpentMs);
    }

    void complete(long planId) {
        send(Kind.COMPLETE + "|" + planId);
    }

    private void send(String notice) {
        try {
            jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, notice + "|" + origin);
        } catch (RuntimeException e) {
            // The others miss this one; the database's outage is told by the health check.
            log.debug("Could not tell the other instances: {}", notice, e);
        }
    }

    /** A notice as sent, or null for this instance's own. */
    Notice read(String payload) {
        String[] parts = payload.split("\\|");
        if (parts[parts.length - 1].equals(origin)) {
            return null;
        }
        Kind kind = Kind.valueOf(parts[0]);
        long planId = Long.parseLong(parts[1]);
        if (kind != Kind.BEST) {
            return new Notice(kind, planId, null, 0);
        }
        long hard = Long.parseLong(parts[2]);
        return new Notice(
                kind,
                planId,
                new SolveStatus.Score(hard, Long.parseLong(parts[3]), Long.parseLong(parts[4]), hard >= 0),
                Long.parseLong(parts[5]));
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "solve-events-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Test contexts are paused while not in use; a stream of the next test must still hear the others. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                log.debug("Listening for the other instances' solve events failed; listening again", e);
                try {
                    Thread.sleep(RECONNECT.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            Notice notice = read(payload);
            if (notice != null) {
                receiver.accept(notice);
            }
        } catch (RuntimeException e) {
            log.warn("Could not pass on the solve event {}", payload, e);
        }
    }
}
