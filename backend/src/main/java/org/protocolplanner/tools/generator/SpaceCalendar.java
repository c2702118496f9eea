package org.protocolplanner.tools.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.SpaceDoc;

/**
 * When a space can be used, in minutes from the horizon's start (a midnight, in a zone without
 * daylight saving, so minute {@code m} is minute {@code m mod 1440} of its day): inside the union
 * of its daily opening windows and outside its blackouts and those of the spaces it shares floor with.
 */
final class SpaceCalendar {

    private static final int MINUTES_PER_DAY = 24 * 60;

    /** Disjoint, non-touching, sorted; empty means always open. */
    private final List<int[]> openUnion;

    private final List<int[]> blackouts;

    /** @param sharingFloor the other spaces that share floor with {@code space}; their hours do not count */
    SpaceCalendar(SpaceDoc space, List<SpaceDoc> sharingFloor, LocalDateTime horizonStart) {
        this.openUnion = union(space.open());
        List<int[]> blocked = new ArrayList<>();
        for (SpaceDoc floor : concat(space, sharingFloor)) {
            floor.blackouts()
                    .forEach(b -> blocked.add(
                            new int[] {minutesFrom(horizonStart, b.start()), minutesFrom(horizonStart, b.end())}));
        }
        this.blackouts = List.copyOf(blocked);
    }

    private static List<SpaceDoc> concat(SpaceDoc space, List<SpaceDoc> others) {
        List<SpaceDoc> all = new ArrayList<>(List.of(space));
        all.addAll(others);
        return all;
    }

    /** Whether the whole interval {@code [start, end)} is open and free of blackouts. */
    boolean available(int start, int end) {
        for (int[] blackout : blackouts) {
            if (start < blackout[1] && blackout[0] < end) {
                return false;
            }
        }
        if (openUnion.isEmpty()) {
            return true;
        }
        for (int day = Math.floorDiv(start, MINUTES_PER_DAY); day <= Math.floorDiv(end - 1, MINUTES_PER_DAY); day++) {
            int dayStart = day * MINUTES_PER_DAY;
            int from = Math.max(start, dayStart) - dayStart;
            int to = Math.min(end, dayStart + MINUTES_PER_DAY) - dayStart;
            if (openUnion.stream().noneMatch(w -> w[0] <= from && to <= w[1])) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> union(List<OpeningWindow> windows) {
        List<OpeningWindow> sorted = windows.stream()
                .sorted(Comparator.comparingInt(OpeningWindow::fromMinute))
                .toList();
        List<int[]> merged = new ArrayList<>();
        for (OpeningWindow window : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window.fromMinute() <= last[1]) {
                last[1] = Math.max(last[1], window.toMinute());
            } else {
                merged.add(new int[] {window.fromMinute(), window.toMinute()});
            }
        }
        return merged;
    }

    static int minutesFrom(LocalDateTime origin, LocalDateTime time) {
        return Math.toIntExact(Duration.between(origin, time).toMinutes());
    }
}
