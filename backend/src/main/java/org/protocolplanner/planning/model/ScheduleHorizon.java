package org.protocolplanner.planning.model;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The planning window. Inside the model a time is a plan minute: whole minutes since midnight of the
 * horizon's first day, so the day and the time of day of any minute are one division away (the plan's
 * time zone has no offset change in the window, so these are wall-clock minutes). Starts lie on a
 * grid of {@code grainMinutes} counted from {@code start}.
 */
public record ScheduleHorizon(LocalDateTime start, LocalDateTime end, int grainMinutes) {

    public static final int MINUTES_PER_DAY = 1440;

    public int minuteOf(LocalDateTime time) {
        return Math.toIntExact(Duration.between(origin(), time).toMinutes());
    }

    public LocalDateTime timeOf(int minute) {
        return origin().plusMinutes(minute);
    }

    /** The plan minute of the horizon's start: its minute of the day. */
    public int startMinute() {
        return minuteOf(start);
    }

    public int endMinute() {
        return minuteOf(end);
    }

    /** A duration rounded up to a whole number of grains, as every event interval is. */
    public int roundUpToGrain(int minutes) {
        return (minutes + grainMinutes - 1) / grainMinutes * grainMinutes;
    }

    /** The day of a plan minute: 0 for the horizon's first day. */
    public static int dayOf(int minute) {
        return Math.floorDiv(minute, MINUTES_PER_DAY);
    }

    /** The local time of day of a plan minute, in minutes since midnight. */
    public static int minuteOfDay(int minute) {
        return Math.floorMod(minute, MINUTES_PER_DAY);
    }

    private LocalDateTime origin() {
        return start.toLocalDate().atStartOfDay();
    }
}
