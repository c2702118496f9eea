package org.protocolplanner.exchange;

import java.time.LocalDateTime;

/**
 * A period in which the plan may not use a space. {@code derived} marks one the application wrote
 * from a confirmed booking (docs/reference/roles.md); importing drops those.
 */
public record ClosureDoc(String spaceId, LocalDateTime start, LocalDateTime end, String reason, boolean derived) {}
