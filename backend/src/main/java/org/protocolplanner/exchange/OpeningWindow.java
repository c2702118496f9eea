package org.protocolplanner.exchange;

/**
 * A daily opening window in local wall-clock minutes since midnight; {@code toMinute} may be 1440
 * ("24:00"), which {@link java.time.LocalTime} cannot hold.
 */
public record OpeningWindow(int fromMinute, int toMinute) {

    public static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
