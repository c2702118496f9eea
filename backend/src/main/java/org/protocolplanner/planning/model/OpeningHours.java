package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A space's opening hours: the union of its daily windows, repeated every day. The windows are
 * stored merged and shifted so that a day starts at the horizon's minute of the day; then any plan
 * minute maps onto them with one modulo, and overlapping windows (08:00-12:00 and 11:00-18:00)
 * count once.
 */
public final class OpeningHours {

    public static final int MINUTES_PER_DAY = 1440;

    /** No window given: always open. */
    public static final OpeningHours ALWAYS = new OpeningHours(new int[] {0, MINUTES_PER_DAY});

    /** Pairs {@code from, to} of merged windows within one shifted day, sorted, {@code 0 <= from < to <= 1440}. */
    private final int[] windows;

    private OpeningHours(int[] windows) {
        this.windows = windows;
    }

    /**
     * @param dailyWindows          pairs {@code [from, to]} in minutes of the local day, {@code to} up to 1440
     * @param horizonStartMinuteOfDay the local minute of the day at which plan minute 0 falls
     */
    public static OpeningHours of(List<int[]> dailyWindows, int horizonStartMinuteOfDay) {
        if (dailyWindows.isEmpty()) {
            return ALWAYS;
        }
        List<int[]> shifted = new ArrayList<>();
        for (int[] window : dailyWindows) {
            int from = Math.floorMod(window[0] - horizonStartMinuteOfDay, MINUTES_PER_DAY);
            int to = from + (window[1] - window[0]);
            if (to <= MINUTES_PER_DAY) {
                shifted.add(new int[] {from, to});
            } else {
                shifted.add(new int[] {from, MINUTES_PER_DAY});
                shifted.add(new int[] {0, to - MINUTES_PER_DAY});
            }
        }
        return new OpeningHours(merge(shifted));
    }

    private static int[] merge(List<int[]> windows) {
        windows.sort(Comparator.comparingInt(w -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] window : windows) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
            } else {
                merged.add(window.clone());
            }
        }
        return merged.stream().flatMapToInt(Arrays::stream).toArray();
    }

    /** Minutes of {@code [start, end)} (plan minutes) that fall outside every opening window. */
    public int minutesClosed(int start, int end) {
        if (this == ALWAYS || end <= start) {
            return 0;
        }
        int open = 0;
        for (int day = Math.floorDiv(start, MINUTES_PER_DAY); day <= Math.floorDiv(end - 1, MINUTES_PER_DAY); day++) {
            int dayStart = day * MINUTES_PER_DAY;
            for (int i = 0; i < windows.length; i += 2) {
                open += Intervals.overlap(start, end, dayStart + windows[i], dayStart + windows[i + 1]);
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
