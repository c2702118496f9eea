package org.protocolplanner.planning.model;

import java.util.EnumMap;
import java.util.Map;
import org.protocolplanner.shared.protocol.EventType;

/**
 * Each event type's customary time of day, the table "Customary hours" of the constraint catalogue:
 * an event keeps them when it starts within its type's window (both
 * ends included) and ends no later than the type's latest end; every event also starts at 07:00 or
 * later and ends by 23:00. Times are local times of the plan, in minutes since midnight of the day
 * the event starts; an event that runs past midnight ends after 24:00 of that day and so off hours.
 */
public final class CustomaryHours {

    /** Minutes since midnight: the first and last customary start and the latest customary end. */
    public record Window(int startFrom, int startUntil, int latestEnd) {}

    /** Nothing protocol-level starts before 07:00 or ends after 23:00, whatever its type. */
    public static final int DAY_OPENS = 7 * 60;

    public static final int DAY_CLOSES = 23 * 60;

    private static final Map<EventType, Window> WINDOWS = windows();

    private CustomaryHours() {}

    private static Map<EventType, Window> windows() {
        Map<EventType, Window> windows = new EnumMap<>(EventType.class);
        Window officeHours = window("08:00", "18:00", "20:00");
        windows.put(EventType.WELCOME_CEREMONY, window("08:00", "12:00", "23:00"));
        windows.put(EventType.BRIEFING, window("07:30", "18:00", "20:00"));
        windows.put(EventType.BILATERAL_TALKS, officeHours);
        windows.put(EventType.PLENARY, officeHours);
        windows.put(EventType.SIGNING_CEREMONY, officeHours);
        windows.put(EventType.PRESS_CONFERENCE, officeHours);
        windows.put(EventType.WORKING_LUNCH, window("11:30", "13:30", "23:00"));
        windows.put(EventType.CULTURAL_VISIT, window("09:00", "17:00", "22:00"));
        windows.put(EventType.STATE_BANQUET, window("17:00", "21:00", "23:00"));
        windows.put(EventType.RECEPTION, window("17:00", "21:00", "23:00"));
        for (EventType type : EventType.values()) {
            if (!windows.containsKey(type)) {
                throw new IllegalStateException("no customary hours for " + type);
            }
        }
        return windows;
    }

    private static Window window(String startFrom, String startUntil, String latestEnd) {
        return new Window(minutes(startFrom), minutes(startUntil), minutes(latestEnd));
    }

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    public static Window of(EventType type) {
        return WINDOWS.get(type);
    }

    /** Whether an event of {@code type} over {@code [start, end)} (plan minutes) keeps its customary hours. */
    public static boolean keeps(EventType type, int start, int end) {
        Window window = WINDOWS.get(type);
        int startOfDay = ScheduleHorizon.minuteOfDay(start);
        int endOfDay = startOfDay + (end - start);
        return startOfDay >= Math.max(DAY_OPENS, window.startFrom())
                && startOfDay <= window.startUntil()
                && endOfDay <= Math.min(DAY_CLOSES, window.latestEnd());
    }

    /**
     * The customary starts of an event of {@code type} lasting {@code minutes}, as minutes since
     * midnight, both ends included; null when no start keeps its customary hours (an event too long
     * for its type's window).
     */
    public static int[] customaryStarts(EventType type, int minutes) {
        Window window = WINDOWS.get(type);
        int first = Math.max(DAY_OPENS, window.startFrom());
        int last = Math.min(window.startUntil(), Math.min(DAY_CLOSES, window.latestEnd()) - minutes);
        return last < first ? null : new int[] {first, last};
    }
}
