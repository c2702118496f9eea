package org.protocolplanner.planning.model;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The planning window. Inside the model a time is the number of minutes since {@code start}; the
 * plan's time zone has no offset change in the window, so these are wall-clock minutes.
 *
 * @param lengthMinutes minutes from the horizon's start to its end
 * @param grainMinutes  starts lie on this grid, counted from {@code start}
 */
public record ScheduleHorizon(LocalDateTime start, int lengthMinutes, int grainMinutes) {

    public static ScheduleHorizon between(LocalDateTime start, LocalDateTime end, int grainMinutes) {
        return new ScheduleHorizon(start, Math.toIntExact(Duration.between(start, end).toMinutes()), grainMinutes);
    }

    public int minuteOf(LocalDateTime time) {
        return Math.toIntExact(Duration.between(start, time).toMinutes());
    }

    public LocalDateTime timeOf(int minute) {
        return start.plusMinutes(minute);
    }

    /** A duration rounded up to a whole number of grains, as every event interval is. */
    public int roundUpToGrain(int minutes) {
        return (minutes + grainMinutes - 1) / grainMinutes * grainMinutes;
    }

    /** The minute of the day (0-1439) at which the horizon starts; opening hours are given per day. */
    public int startMinuteOfDay() {
        return start.getHour() * 60 + start.getMinute();
    }
}
