package org.protocolplanner.exchange;

import java.time.LocalDateTime;

/** A space and a start: where an event is pinned, or where a published plan put it. */
public record Placement(String spaceId, LocalDateTime start) {}
