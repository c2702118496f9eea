package org.protocolplanner.plan;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A closure of a plan; derived ones (from confirmed bookings) have no id and cannot be deleted. */
public record ClosureResponse(
        @Nullable Long id,
        String spaceId,
        LocalDateTime start,
        LocalDateTime end,
        @Nullable String reason,
        boolean derived) {}
