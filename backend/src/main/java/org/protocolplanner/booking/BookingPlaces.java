package org.protocolplanner.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.security.AccountQueries;
import org.protocolplanner.venue.VenueQueries;
import org.springframework.stereotype.Component;

/**
 * Where and when an engagement's booking lies: its space, its start and end as instants (the plan's
 * times are local to its zone), and the end of the busy interval, which adds the space's turnover. The
 * duration is rounded up to the plan's grain as the solver rounds it, so that two engagements the solver
 * keeps apart never collide in the database.
 */
@Component
class BookingPlaces {

    record Place(String spaceId, Instant start, Instant end, Instant busyUntil) {}

    private final VenueQueries venues;
    private final AccountQueries accounts;

    BookingPlaces(VenueQueries venues, AccountQueries accounts) {
        this.venues = venues;
        this.accounts = accounts;
    }

    /** The place of a scheduled engagement as it is now assigned. */
    Place of(Plan plan, Engagement engagement) {
        int grain = plan.getGrainMinutes();
        int minutes = (engagement.getDurationMinutes() + grain - 1) / grain * grain;
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        Instant start = engagement.getAssignedStart().atZone(zone).toInstant();
        Instant end = start.plusSeconds(minutes * 60L);
        int turnover = venues.turnoverMinutes(engagement.getAssignedSpaceId());
        return new Place(engagement.getAssignedSpaceId(), start, end, end.plusSeconds(60L * turnover));
    }

    /** A booking's start in the plan's local time, as engagements are placed. */
    static LocalDateTime localStart(Plan plan, Booking booking) {
        return booking.getStartsAt().atZone(ZoneId.of(plan.getTimeZone())).toLocalDateTime();
    }

    String venueOf(String spaceId) {
        return venues.venueOf(spaceId);
    }

    /** The spaces whose floor a booking of this space holds: its parts when it is divisible, else itself. */
    String[] floorUnits(String spaceId) {
        return venues.floorUnits(spaceId).toArray(String[]::new);
    }

    /** A space's English name with its venue's, as a refusal names it. */
    String spaceName(String spaceId) {
        VenueQueries.SpacePlace place = venues.placesOf(List.of(spaceId)).get(spaceId);
        return place == null ? spaceId : place.spaceNameEn() + " (" + place.venueNameEn() + ")";
    }

    boolean hasManagers(String venueId) {
        return accounts.hasManagers(venueId);
    }
}
