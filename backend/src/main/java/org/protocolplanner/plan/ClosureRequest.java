package org.protocolplanner.plan;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A closure to add: the exchange format's closure, with its field names. {@code end} after {@code start}
 * and the space are checked by the exchange format's reader against the whole plan; {@code derived}
 * closures come from confirmed bookings only, so a request may leave it out or send false.
 */
public record ClosureRequest(
        @NotNull String spaceId,
        @NotNull LocalDateTime start,
        @NotNull LocalDateTime end,
        @Nullable String reason,

        @AssertFalse(message = "{planner.closure.derived}") @Nullable
        Boolean derived) {}
