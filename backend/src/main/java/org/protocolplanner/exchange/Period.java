package org.protocolplanner.exchange;

import java.time.LocalDateTime;

/** A blackout of a space: {@code [start, end)}; {@code reason} may be null. */
public record Period(LocalDateTime start, LocalDateTime end, String reason) {}
