package org.protocolplanner.planning.model;

import java.util.List;
import org.protocolplanner.shared.protocol.EventType;

/**
 * Each event type's customary time of day (constraints.md, customary-hours): nothing protocol-level
 * before 07:00 or after 23:00, state banquets starting between 17:00 and 21:00, welcome ceremonies
 * between 08:00 and 12:00.
 */
public final class CustomaryHours {

    private static final OpeningHours PROTOCOL_DAY = OpeningHours.of(List.of(new int[] {7 * 60, 23 * 60}));

    private CustomaryHours() {
    }

    /**
     * Minutes of {@code [start, end)} outside 07:00-23:00, plus, for a banquet or a welcome ceremony,
     * the minutes by which its start misses its customary window.
     */
    public static int minutesOff(EventType type, int start, int end) {
        int minutes = PROTOCOL_DAY.minutesClosed(start, end);
        int startOfDay = ScheduleHorizon.minuteOfDay(start);
        if (type == EventType.STATE_BANQUET) {
            minutes += distance(startOfDay, 17 * 60, 21 * 60);
        } else if (type == EventType.WELCOME_CEREMONY) {
            minutes += distance(startOfDay, 8 * 60, 12 * 60);
        }
        return minutes;
    }

    private static int distance(int minute, int from, int to) {
        return minute < from ? from - minute : Math.max(0, minute - to);
    }
}
