package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.web.ConflictException;

/** The lifecycle table of docs/reference/roles.md, every pair of statuses. */
class BookingTest {

    private static final Instant NOW = Instant.parse("2027-05-10T02:00:00Z");

    /** How each status is reached from another, as the table of docs/reference/roles.md says; nothing else is a transition. */
    private static final Map<BookingStatus, Set<BookingStatus>> TABLE = Map.of(
            BookingStatus.REQUESTED,
                    EnumSet.of(
                            BookingStatus.CONFIRMED,
                            BookingStatus.DECLINED,
                            BookingStatus.LAPSED,
                            BookingStatus.WITHDRAWN),
            BookingStatus.CONFIRMED, EnumSet.of(BookingStatus.CANCELLED));

    @Test
    void everyTransitionOfTheTableIsAllowedAndEveryOtherRefused() {
        for (BookingStatus from : BookingStatus.values()) {
            for (BookingStatus to : BookingStatus.values()) {
                Booking booking = in(from);
                if (from == to) {
                    assertThat(booking.moveTo(to, "officer", null, NOW))
                            .as("%s repeated", from)
                            .isFalse();
                } else if (TABLE.getOrDefault(from, Set.of()).contains(to)) {
                    assertThat(booking.moveTo(to, "manager", "why", NOW))
                            .as("%s to %s", from, to)
                            .isTrue();
                    assertThat(booking.getStatus()).isEqualTo(to);
                    assertThat(booking.getAnsweredBy()).isEqualTo("manager");
                    assertThat(booking.getReason()).isEqualTo("why");
                } else {
                    assertThatThrownBy(() -> booking.moveTo(to, "manager", null, NOW))
                            .as("%s to %s", from, to)
                            .isInstanceOf(ConflictException.class)
                            .hasMessageContaining(to.name());
                    assertThat(booking.getStatus()).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void aRepeatedAnswerKeepsTheFirstAnswersTimeAndAuthor() {
        Booking booking = request();
        booking.moveTo(BookingStatus.CONFIRMED, "manager", null, NOW);
        booking.moveTo(BookingStatus.CONFIRMED, "someone else", null, NOW.plusSeconds(60));
        assertThat(booking.getAnsweredBy()).isEqualTo("manager");
        assertThat(booking.getAnsweredAt()).isEqualTo(NOW);
    }

    private static Booking in(BookingStatus status) {
        Booking booking = request();
        switch (status) {
            case REQUESTED -> {}
            case CONFIRMED, DECLINED, LAPSED, WITHDRAWN -> booking.moveTo(status, "setup", null, NOW);
            case CANCELLED -> {
                booking.moveTo(BookingStatus.CONFIRMED, "setup", null, NOW);
                booking.moveTo(BookingStatus.CANCELLED, "setup", null, NOW);
            }
        }
        return booking;
    }

    private static Booking request() {
        return new Booking(
                1L,
                2L,
                "hall",
                NOW,
                NOW.plusSeconds(3600),
                NOW.plusSeconds(5400),
                NOW,
                NOW.plusSeconds(48 * 3600),
                null);
    }
}
