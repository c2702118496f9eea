package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A space's opening hours: the union of its daily windows, repeated every day. The windows are
 * stored merged, so that overlapping ones (08:00-12:00 and 11:00-18:00) count once.
 */
public final class OpeningHours {

    /** No window given: always open. */
    public static final OpeningHours ALWAYS = new OpeningHours(new int[] {0, ScheduleHorizon.MINUTES_PER_DAY});

    /** Pairs {@code from, to} of merged windows in minutes of the day, sorted, {@code 0 <= from < to <= 1440}. */
    private final int[] windows;

    private OpeningHours(int[] windows) {
        this.windows = windows;
    }

    /** @param dailyWindows pairs {@code [from, to]} in minutes of the local day, {@code to} up to 1440 */
    public static OpeningHours of(List<int[]> dailyWindows) {
        if (dailyWindows.isEmpty()) {
            return ALWAYS;
        }
        List<int[]> sorted = new ArrayList<>(dailyWindows);
        sorted.sort(Comparator.comparingInt(w -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] window : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
            } else {
                merged.add(window.clone());
            }
        }
        return new OpeningHours(merged.stream().flatMapToInt(Arrays::stream).toArray());
    }

    /** Minutes of {@code [start, end)} (plan minutes) that fall outside every opening window. */
    public int minutesClosed(int start, int end) {
        if (this == ALWAYS || end <= start) {
            return 0;
        }
        int open = 0;
        for (int day = ScheduleHorizon.dayOf(start); day <= ScheduleHorizon.dayOf(end - 1); day++) {
            int midnight = day * ScheduleHorizon.MINUTES_PER_DAY;
            for (int i = 0; i < windows.length; i += 2) {
                open += Intervals.overlap(start, end, midnight + windows[i], midnight + windows[i + 1]);
            }
        }
        return end - start - open;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && Arrays.equals(windows, hours.windows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(windows);
    }

    @Override
    public String toString() {
        return "OpeningHours" + Arrays.toString(windows);
    }
}
