package org.protocolplanner.booking;

import java.time.Clock;
import java.time.Instant;
import org.protocolplanner.solving.SolvingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lapses every request not answered by its answer-by time. The recurring job ({@link BookingConfiguration})
 * runs it on the injectable clock's time; {@link #lapseDueBy} takes the time as an argument, so that a test
 * can drive it to any moment without waiting and without a context of its own.
 */
@Component
public class BookingLapses {

    private static final Logger log = LoggerFactory.getLogger(BookingLapses.class);

    private final BookingRepository bookings;
    private final BookingAnswers answers;
    private final SolvingService solving;
    private final Clock clock;

    BookingLapses(BookingRepository bookings, BookingAnswers answers, SolvingService solving, Clock clock) {
        this.bookings = bookings;
        this.answers = answers;
        this.solving = solving;
        this.clock = clock;
    }

    void lapseDue() {
        int lapsed = lapseDueBy(clock.instant());
        if (lapsed > 0) {
            log.info("{} booking request(s) lapsed unanswered", lapsed);
        }
    }

    /**
     * Lapses the requests whose answer-by time is at or before {@code now}, one transaction each; a
     * request answered meanwhile is left as answered.
     *
     * @return how many lapsed
     */
    public int lapseDueBy(Instant now) {
        int lapsed = 0;
        for (Long id : bookings.findOpenRequestsDueBy(now)) {
            Long planId = bookings.findById(id).map(Booking::getPlanId).orElse(null);
            if (planId != null && solving.applyPausingSolve(planId, () -> answers.lapse(id, now))) {
                lapsed++;
            }
        }
        return lapsed;
    }
}
