package org.protocolplanner.planning.model;

import java.util.List;

/**
 * When an event may take place: its own earliest start and latest end, each attending delegation's
 * arrival and departure, and the horizon.
 */
public record EventWindow(List<TimeBound> bounds) {

    public EventWindow {
        bounds = List.copyOf(bounds);
    }

    /** Event-window's penalty: the minutes by which each bound is broken, summed. */
    public int minutesBroken(int start, int end) {
        int minutes = 0;
        for (TimeBound bound : bounds) {
            minutes += bound.minutesBroken(start, end);
        }
        return minutes;
    }

    public List<TimeBound> brokenBounds(int start, int end) {
        return bounds.stream()
                .filter(bound -> bound.minutesBroken(start, end) > 0)
                .toList();
    }

    /** The latest of the lower bounds: no start before it keeps the window. */
    public int earliestStart() {
        return bounds.stream()
                .filter(b -> b.kind().isLower())
                .mapToInt(TimeBound::minute)
                .max()
                .orElse(Integer.MIN_VALUE);
    }

    /** The earliest of the upper bounds: no end after it keeps the window. */
    public int latestEnd() {
        return bounds.stream()
                .filter(b -> !b.kind().isLower())
                .mapToInt(TimeBound::minute)
                .min()
                .orElse(Integer.MAX_VALUE);
    }
}
