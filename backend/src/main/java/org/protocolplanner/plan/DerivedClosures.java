package org.protocolplanner.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protocolplanner.engagement.EngagementQueries;
import org.protocolplanner.engagement.EngagementQueries.Assigned;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.plan.ConfirmedBookings.Confirmed;
import org.protocolplanner.venue.VenueQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The closures a plan gets from confirmed bookings (docs/reference/roles.md): every confirmed booking of a space
 * the plan may use that does not hold one of this plan's engagements where it now is (another plan's,
 * or this plan's own booking of an engagement being moved; a scenario's bookings are its live plan's).
 * It closes the space from its start minus the space's turnover to the end of its busy interval, so
 * nothing placed there can collide with it.
 */
@Component
class DerivedClosures {

    private final JdbcTemplate jdbc;
    private final VenueQueries venues;
    private final ConfirmedBookings bookings;
    private final EngagementQueries engagements;

    DerivedClosures(JdbcTemplate jdbc, VenueQueries venues, ConfirmedBookings bookings, EngagementQueries engagements) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.bookings = bookings;
        this.engagements = engagements;
    }

    List<ClosureDoc> of(Plan plan) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        // A scenario holds no bookings of its own: its live plan's bookings are its own, held by the
        // scenario's engagement of the same id when that sits at the booked place.
        long bookingPlan = plan.getKind() == Plan.Kind.SCENARIO && plan.getOriginPlanId() != null
                ? plan.getOriginPlanId()
                : plan.getId();
        Map<String, Integer> turnover = venues.turnoverBySpace(
                jdbc.queryForList("select venue_id from plan_venue where plan_id = ?", String.class, plan.getId()));
        List<Confirmed> confirmed = bookings.confirmedIn(turnover.keySet());
        Map<Long, String> ownRefs = engagements.refsOf(confirmed.stream()
                .filter(booking -> booking.planId() == bookingPlan && booking.engagementId() != null)
                .map(Confirmed::engagementId)
                .toList());
        Map<String, Assigned> mine = engagements.assignedIn(plan.getId(), ownRefs.values());
        List<ClosureDoc> closures = new ArrayList<>();
        for (Confirmed booking : confirmed) {
            if (booking.planId() != bookingPlan
                    || movedAway(booking, mine.get(ownRefs.get(booking.engagementId())), zone)) {
                closures.add(new ClosureDoc(
                        booking.spaceId(),
                        local(booking.startsAt(), zone).minusMinutes(turnover.get(booking.spaceId())),
                        local(booking.busyUntil(), zone),
                        "confirmed booking " + booking.id(),
                        true));
            }
        }
        return closures;
    }

    /**
     * A booking of the plan's own closes its space only while the plan's engagement of the same id is
     * known to be elsewhere: in another space or at another start. One the plan lacks, or holds with no
     * place, closes nothing.
     */
    private static boolean movedAway(Confirmed booking, Assigned mine, ZoneId zone) {
        return mine != null
                && (mine.spaceId() != null && !mine.spaceId().equals(booking.spaceId())
                        || mine.start() != null && !mine.start().equals(local(booking.startsAt(), zone)));
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime();
    }
}
