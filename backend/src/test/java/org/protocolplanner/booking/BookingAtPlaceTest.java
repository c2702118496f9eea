package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingAtPlace.Row;

/** Which booking speaks for an engagement where it is now, through the lifecycle's ways of getting there. */
class BookingAtPlaceTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2027, 5, 10, 10, 0);
    private static final LocalDateTime FOUR = LocalDateTime.of(2027, 5, 10, 16, 0);

    @Test
    void aDeclinedFirstRequestSpeaksWhileTheEngagementIsStillThere() {
        List<Row> bookings = List.of(row(1, BookingStatus.DECLINED, "hall", TEN, "under repair"));

        assertThat(status(bookings, "hall", TEN)).contains(BookingStatus.DECLINED);
        assertThat(BookingAtPlace.of(bookings, "hall", TEN).orElseThrow().reason())
                .isEqualTo("under repair");
        assertThat(status(bookings, "salon", TEN))
                .as("re-planned elsewhere, not yet requested there")
                .isEmpty();
        assertThat(status(bookings, "hall", FOUR)).as("moved to another hour").isEmpty();
        assertThat(status(bookings, null, null)).as("unscheduled").isEmpty();
    }

    @Test
    void aNewerRequestAtTheSamePlaceReplacesTheSetbackAndAWithdrawnOneSpeaksForNothing() {
        List<Row> republished = List.of(
                row(1, BookingStatus.LAPSED, "hall", TEN, "not answered by 12 May"),
                row(4, BookingStatus.REQUESTED, "hall", TEN, null));
        assertThat(status(republished, "hall", TEN)).contains(BookingStatus.REQUESTED);

        List<Row> withdrawn = List.of(
                row(1, BookingStatus.CANCELLED, "hall", TEN, "the hall floods"),
                row(4, BookingStatus.WITHDRAWN, "salon", TEN, null));
        assertThat(status(withdrawn, "hall", TEN))
                .as("moved back before re-publishing")
                .contains(BookingStatus.CANCELLED);
    }

    @Test
    void anOldSetbackDoesNotSpeakOnceTheEngagementWasPublishedElsewhereSince() {
        List<Row> bookings = List.of(
                row(1, BookingStatus.DECLINED, "hall", TEN, "under repair"),
                row(5, BookingStatus.CONFIRMED, "salon", TEN, null));

        assertThat(status(bookings, "salon", TEN)).contains(BookingStatus.CONFIRMED);
        assertThat(status(bookings, "hall", TEN))
                .as("moved back to the declined hall, not yet requested")
                .isEmpty();
    }

    @Test
    void aDeclinedMoveLeavesTheConfirmedPlaceConfirmedAndAConfirmedMoveCancelsTheOldPlace() {
        List<Row> declinedMove = List.of(
                row(1, BookingStatus.CONFIRMED, "hall", TEN, null),
                row(7, BookingStatus.DECLINED, "salon", FOUR, "fully booked"));
        assertThat(status(declinedMove, "hall", TEN))
                .as("back at its confirmed place")
                .contains(BookingStatus.CONFIRMED);

        List<Row> confirmedMove = List.of(
                row(1, BookingStatus.CANCELLED, "hall", TEN, "replaced by booking 7"),
                row(7, BookingStatus.CONFIRMED, "salon", FOUR, null));
        assertThat(status(confirmedMove, "salon", FOUR)).contains(BookingStatus.CONFIRMED);

        List<Row> lapsedMove = List.of(
                row(1, BookingStatus.CONFIRMED, "hall", TEN, null),
                row(7, BookingStatus.LAPSED, "salon", FOUR, "not answered by 12 May"));
        assertThat(status(lapsedMove, "salon", FOUR))
                .as("where the officer wants it, unanswered")
                .contains(BookingStatus.LAPSED);
    }

    private static Optional<BookingStatus> status(List<Row> bookings, String spaceId, LocalDateTime start) {
        return BookingAtPlace.of(bookings, spaceId, start).map(Row::status);
    }

    private static Row row(long id, BookingStatus status, String spaceId, LocalDateTime start, String reason) {
        return new Row(id, status, spaceId, start, reason);
    }
}
