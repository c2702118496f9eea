package org.protocolplanner.exchange;

import java.time.Duration;
import java.time.LocalDateTime;

/** The planning window; start times lie on a grid of {@code grainMinutes} counted from {@code start}. */
public record Horizon(LocalDateTime start, LocalDateTime end, int grainMinutes) {

    public static final int DEFAULT_GRAIN_MINUTES = 15;
    /**
     * The longest horizon, in days: a year, leap day included. Scoring and solving grow with the horizon's
     * grains, and a horizon of centuries made a single score analysis take most of a minute.
     */
    public static final int MAX_DAYS = 366;

    /** At or after the start and before the end: where an event may start. */
    public boolean contains(LocalDateTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Whether {@code time} lies on the grid of {@code grainMinutes} counted from {@code start}. */
    public boolean isOnGrain(LocalDateTime time) {
        Duration offset = Duration.between(start, time);
        return offset.getNano() == 0 && offset.getSeconds() % (grainMinutes * 60L) == 0;
    }

    /** A duration rounded up to a whole number of grains, as an event's interval takes it. */
    public int roundUpToGrain(int minutes) {
        return (minutes + grainMinutes - 1) / grainMinutes * grainMinutes;
    }
}
