package org.protocolplanner.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.protocolplanner.shared.protocol.EventType;

class CustomaryHoursTest {

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }

    /** The catalogue's table, row by row: a start at either end of the window keeps the hours, a minute outside does not. */
    @ParameterizedTest
    @CsvSource({
        "WELCOME_CEREMONY, 08:00, 12:00, 23:00",
        "BRIEFING, 07:30, 18:00, 20:00",
        "BILATERAL_TALKS, 08:00, 18:00, 20:00",
        "PLENARY, 08:00, 18:00, 20:00",
        "SIGNING_CEREMONY, 08:00, 18:00, 20:00",
        "PRESS_CONFERENCE, 08:00, 18:00, 20:00",
        "WORKING_LUNCH, 11:30, 13:30, 23:00",
        "CULTURAL_VISIT, 09:00, 17:00, 22:00",
        "STATE_BANQUET, 17:00, 21:00, 23:00",
        "RECEPTION, 17:00, 21:00, 23:00"
    })
    void followsTheCataloguesTable(EventType type, String from, String until, String latestEnd) {
        int day = 3 * ScheduleHorizon.MINUTES_PER_DAY;
        int first = day + minutes(from);
        int last = day + minutes(until);
        assertThat(CustomaryHours.keeps(type, first, first + 30)).isTrue();
        assertThat(CustomaryHours.keeps(type, last, last + 30)).isTrue();
        assertThat(CustomaryHours.keeps(type, first - 1, first + 29)).isFalse();
        assertThat(CustomaryHours.keeps(type, last + 1, last + 31)).isFalse();
        int end = day + minutes(latestEnd);
        assertThat(CustomaryHours.keeps(type, first, end)).isTrue();
        assertThat(CustomaryHours.keeps(type, first, end + 1)).isFalse();
        assertThat(CustomaryHours.of(type))
                .isEqualTo(new CustomaryHours.Window(minutes(from), minutes(until), minutes(latestEnd)));
    }

    @Test
    void givesEveryTypeItsWindowOfStartsForALength() {
        for (EventType type : EventType.values()) {
            int[] starts = CustomaryHours.customaryStarts(type, 60);
            assertThat(CustomaryHours.keeps(type, starts[0], starts[0] + 60))
                    .as(type.name())
                    .isTrue();
            assertThat(CustomaryHours.keeps(type, starts[1], starts[1] + 60))
                    .as(type.name())
                    .isTrue();
        }
        // A 14-hour briefing cannot start at 07:30 and end by 20:00 (12.5 hours).
        assertThat(CustomaryHours.customaryStarts(EventType.BRIEFING, 14 * 60)).isNull();
    }
}
