package org.protocolplanner.booking;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The booking that speaks for an engagement where it is now (decision 0110): its latest booking that was not
 * withdrawn, when that one is for the engagement's current space and start; otherwise a confirmed booking there
 * (a request to move it elsewhere was declined, and it went back to its confirmed place); otherwise none, for an
 * engagement moved since it was last published, or never published.
 */
final class BookingAtPlace {

    /** One booking of an engagement, its start in the plan's local time as engagements are placed. */
    record Row(long id, BookingStatus status, String spaceId, LocalDateTime localStart, String reason) {

        boolean isAt(String space, LocalDateTime start) {
            return spaceId.equals(space) && localStart.equals(start);
        }
    }

    private BookingAtPlace() {}

    /**
     * @param bookings the engagement's bookings, in any order
     * @param spaceId  where the engagement is now; null when it is not scheduled
     * @param start    when it starts now, in the plan's local time
     */
    static Optional<Row> of(List<Row> bookings, String spaceId, LocalDateTime start) {
        if (spaceId == null || start == null) {
            return Optional.empty();
        }
        Optional<Row> latest = bookings.stream()
                .filter(row -> row.status() != BookingStatus.WITHDRAWN)
                .max(Comparator.comparingLong(Row::id));
        if (latest.isPresent() && latest.get().isAt(spaceId, start)) {
            return latest;
        }
        return bookings.stream()
                .filter(row -> row.status() == BookingStatus.CONFIRMED)
                .filter(row -> row.isAt(spaceId, start))
                .max(Comparator.comparingLong(Row::id));
    }
}
