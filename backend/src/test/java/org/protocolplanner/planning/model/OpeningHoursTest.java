package org.protocolplanner.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final int DAY = ScheduleHorizon.MINUTES_PER_DAY;

    @Test
    void overlappingWindowsCountOnce() {
        OpeningHours hours = OpeningHours.of(List.of(new int[] {8 * 60, 12 * 60}, new int[] {11 * 60, 18 * 60}));
        assertThat(hours.minutesClosed(8 * 60, 18 * 60)).isZero();
        assertThat(hours.minutesClosed(7 * 60, 9 * 60)).isEqualTo(60);
        assertThat(hours).isEqualTo(OpeningHours.of(List.of(new int[] {8 * 60, 18 * 60})));
    }

    @Test
    void repeatsEveryDay() {
        OpeningHours hours = OpeningHours.of(List.of(new int[] {8 * 60, 18 * 60}));
        assertThat(hours.minutesClosed(3 * DAY + 17 * 60, 3 * DAY + 19 * 60)).isEqualTo(60);
        assertThat(hours.minutesClosed(-DAY + 7 * 60, -DAY + 9 * 60)).isEqualTo(60);
    }

    @Test
    void aWindowToMidnightLeavesTheNightClosed() {
        OpeningHours evening = OpeningHours.of(List.of(new int[] {20 * 60, 1440}));
        assertThat(evening.minutesClosed(23 * 60, DAY + 60)).isEqualTo(60);
    }

    @Test
    void noWindowMeansAlwaysOpen() {
        assertThat(OpeningHours.of(List.of()).minutesClosed(0, 3 * DAY)).isZero();
    }
}
