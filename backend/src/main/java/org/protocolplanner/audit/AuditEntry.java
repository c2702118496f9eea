package org.protocolplanner.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One row of the change log as administrators read it; {@code before} is null for a creation, {@code after} for a deletion. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entity, String entityId, String action,
        JsonNode before, JsonNode after) {
}
