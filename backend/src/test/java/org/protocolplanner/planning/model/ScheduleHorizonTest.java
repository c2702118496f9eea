package org.protocolplanner.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ScheduleHorizonTest {

    private final ScheduleHorizon horizon =
            new ScheduleHorizon(LocalDateTime.parse("2026-09-01T06:10"), LocalDateTime.parse("2026-09-03T00:00"), 15);

    @Test
    void countsPlanMinutesFromMidnightOfTheFirstDay() {
        assertThat(horizon.startMinute()).isEqualTo(6 * 60 + 10);
        assertThat(horizon.endMinute()).isEqualTo(2 * 1440);
        assertThat(horizon.minuteOf(LocalDateTime.parse("2026-09-02T09:30"))).isEqualTo(1440 + 9 * 60 + 30);
        assertThat(horizon.timeOf(1440 + 9 * 60 + 30)).isEqualTo(LocalDateTime.parse("2026-09-02T09:30"));
    }

    @Test
    void givesTheDayAndTimeOfDayOfAMinute() {
        assertThat(ScheduleHorizon.dayOf(1440 + 570)).isEqualTo(1);
        assertThat(ScheduleHorizon.minuteOfDay(1440 + 570)).isEqualTo(570);
        assertThat(ScheduleHorizon.dayOf(-1)).isEqualTo(-1);
    }

    @Test
    void roundsDurationsUpToTheGrain() {
        assertThat(horizon.roundUpToGrain(40)).isEqualTo(45);
        assertThat(horizon.roundUpToGrain(45)).isEqualTo(45);
    }
}
