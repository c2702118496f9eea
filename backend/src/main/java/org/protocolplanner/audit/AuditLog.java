package org.protocolplanner.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one row of the append-only change log: who, when, what, and the values before and after as
 * JSON. It joins the caller's transaction and refuses to run without one, so that a change and its
 * audit row commit or roll back together. Callers pass views without secrets (no password hash, no
 * feed token), the same records the API answers with wherever those exist.
 */
@Service
public class AuditLog {

    /** The actor of changes made outside any request: start-up data, scheduled jobs. */
    public static final String SYSTEM = "system";

    /** The field of an API view that lists what its reader may do (see the modules' policies). */
    private static final String ALLOWED_ACTIONS = "allowedActions";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The JSON of a value as it is now: a before-value must be taken before the change, since views may
     * share collections with the entity they show.
     */
    public JsonNode snapshot(Object view) {
        if (view == null) {
            return null;
        }
        JsonNode node = json.valueToTree(view);
        // What the signed-in reader may do next is not a property of the thing changed.
        if (node instanceof ObjectNode object) {
            object.remove(ALLOWED_ACTIONS);
        }
        return node;
    }

    /** A change made by the signed-in user (or by the system when nobody is). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditedEntity entity, Object entityId, String action, Object before, Object after) {
        recordAs(signedInUser(), entity, entityId, action, before, after);
    }

    /**
     * A change made on someone's behalf where no sign-in is at hand (a solve's thread). A change that
     * changed nothing (equal JSON before and after) writes no row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(
            String actor, AuditedEntity entity, Object entityId, String action, Object before, Object after) {
        JsonNode beforeJson = snapshot(before);
        JsonNode afterJson = snapshot(after);
        if (beforeJson != null && Objects.equals(beforeJson, afterJson)) {
            return;
        }
        jdbc.update(
                "insert into audit_log (occurred_at, actor, entity_type, entity_id, action, before, after)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                Timestamp.from(clock.instant()),
                actor,
                entity.key(),
                String.valueOf(entityId),
                action,
                text(beforeJson),
                text(afterJson));
    }

    private String text(JsonNode node) {
        return node == null ? null : json.writeValueAsString(node);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
