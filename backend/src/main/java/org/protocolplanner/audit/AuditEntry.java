package org.protocolplanner.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One row of the change log as administrators read it; {@code before} is null for a creation, {@code after} for a deletion. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String entity,
        String entityId,
        String action,
        @Nullable JsonNode before,
        @Nullable JsonNode after) {}
