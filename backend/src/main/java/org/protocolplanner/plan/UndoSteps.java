package org.protocolplanner.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each user's last change that may still be taken back (docs/decisions/0126-undo-of-the-last-change.md): per
 * plan the last move, pin or imported solution, and the last booking answer (single or batch). A newer change
 * of the same scope replaces the step before it, with a new id, so that an Undo offered for an older change
 * never takes back a newer one. Steps are kept in the database, not in an instance's memory, since any
 * instance may answer the undo.
 */
@Component
public class UndoSteps {

    /** What a step takes back. */
    public enum Kind {
        MOVE,
        PIN,
        IMPORT,
        ANSWER
    }

    /**
     * @param revision the plan's revision the change left (plan steps); null for booking answers, which are
     *                 checked by the versions in their payload
     */
    public record Step(
            long id,
            Kind kind,
            @Nullable Long planId,
            @Nullable Long revision,
            JsonNode payload,
            Instant createdAt,
            Instant expiresAt) {}

    /** The scope of a user's booking answers. */
    public static final String BOOKINGS = "bookings";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration window;

    UndoSteps(JdbcTemplate jdbc, JsonMapper json, Clock clock, @Value("${planner.undo.window:PT10M}") Duration window) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.window = window;
    }

    public static String planScope(long planId) {
        return "plan:" + planId;
    }

    /** How long a change may be taken back. */
    public Duration window() {
        return window;
    }

    /** Remembers the user's last change of {@code scope} in the caller's transaction, replacing the one before. */
    public long remember(
            String username, String scope, @Nullable Long planId, Kind kind, @Nullable Long revision, Object payload) {
        Instant now = clock.instant();
        // Steps past their window are of no use to anyone: each new one sweeps them away.
        jdbc.update("delete from undo_step where created_at < ?", Timestamp.from(now.minus(window)));
        return jdbc.queryForObject(
                """
                insert into undo_step (username, scope, plan_id, kind, revision, payload, created_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (username, scope) do update set id = nextval('undo_step_id_seq'),
                  plan_id = excluded.plan_id, kind = excluded.kind, revision = excluded.revision,
                  payload = excluded.payload, created_at = excluded.created_at
                returning id""",
                Long.class,
                username,
                scope,
                planId,
                kind.name(),
                revision,
                json.writeValueAsString(payload),
                Timestamp.from(now));
    }

    /** The user's step of {@code scope} that may still be undone. */
    public Optional<Step> latest(String username, String scope) {
        return jdbc
                .query(
                        "select * from undo_step where username = ? and scope = ? and created_at >= ?",
                        rows(),
                        username,
                        scope,
                        Timestamp.from(clock.instant().minus(window)))
                .stream()
                .findFirst();
    }

    /**
     * Takes step {@code stepId} of the user's {@code scope} to undo it in the caller's transaction (which, should the
     * undo be refused, keeps it): 404 when there is nothing to undo, 409 when a later change replaced it or its
     * window has passed.
     */
    public Step take(String username, String scope, long stepId) {
        Step step = jdbc
                .query("select * from undo_step where username = ? and scope = ? for update", rows(), username, scope)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("change to undo", stepId));
        if (step.id() != stepId) {
            throw new ConflictException(
                    "A later change of yours replaced this one: only the last change can be undone.",
                    Map.of("latestStep", step.id()));
        }
        if (step.expiresAt().isBefore(clock.instant())) {
            throw new ConflictException("This change was made more than " + window.toMinutes()
                    + " minutes ago: it can no longer be undone.");
        }
        jdbc.update("delete from undo_step where id = ?", step.id());
        return step;
    }

    private RowMapper<Step> rows() {
        return (row, i) -> {
            Instant created = row.getTimestamp("created_at").toInstant();
            long plan = row.getLong("plan_id");
            Long planId = row.wasNull() ? null : plan;
            long revision = row.getLong("revision");
            Long revisionAfter = row.wasNull() ? null : revision;
            return new Step(
                    row.getLong("id"),
                    Kind.valueOf(row.getString("kind")),
                    planId,
                    revisionAfter,
                    json.readTree(row.getString("payload")),
                    created,
                    created.plus(window));
        };
    }
}
