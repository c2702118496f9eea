package org.protocolplanner.plan;

import java.time.LocalDateTime;

/** A closure of a plan; derived ones (from confirmed bookings) have no id and cannot be deleted. */
public record ClosureResponse(Long id, String spaceId, LocalDateTime start, LocalDateTime end, String reason,
        boolean derived) {
}
