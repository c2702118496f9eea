package org.protocolplanner.plan.exchange;

import java.time.LocalDateTime;

/** The planning window; start times lie on a grid of {@code grainMinutes} counted from {@code start}. */
public record Horizon(LocalDateTime start, LocalDateTime end, int grainMinutes) {

    public static final int DEFAULT_GRAIN_MINUTES = 15;
}
