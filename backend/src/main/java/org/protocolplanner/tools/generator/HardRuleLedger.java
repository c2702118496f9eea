package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.TravelTimes;

/**
 * The witness schedule as it grows, and the hard rules of docs/reference/constraints.md that a new booking must
 * keep against it. Times are minutes from the horizon's start; an interval is {@code [start, end)}
 * with the duration already rounded up to the grain. Because every booking is checked against all
 * earlier ones before it is made, the finished ledger breaks no hard rule: {@code space-capacity},
 * {@code required-features} and {@code security-grade} are settled by {@link SummitVenues#suitableRooms},
 * the event's own window is drawn around the booking afterwards, no space is excluded yet, and the
 * rest are checked here.
 */
final class HardRuleLedger {

    /** A placed engagement; {@code busyEnd} adds the room's turnover. */
    record Booking(ProposedEngagement engagement, int room, int venue, int start, int end, int busyEnd) {}

    private final SummitVenues venues;
    private final DelegationRoster roster;
    private final TravelModel travel;
    private final int horizonMinutes;
    private final int[] arrival;
    private final int[] departure;
    private final Booking[] byEngagement;
    private final List<List<Booking>> byRoom = new ArrayList<>();
    private final List<List<Booking>> byVenue = new ArrayList<>();
    private final List<List<Booking>> byDelegation = new ArrayList<>();

    HardRuleLedger(
            SummitVenues venues,
            DelegationRoster roster,
            TravelModel travel,
            SummitOptions options,
            int engagementCount) {
        this.venues = venues;
        this.roster = roster;
        this.travel = travel;
        this.horizonMinutes = options.days() * 24 * 60;
        this.arrival = new int[roster.size()];
        this.departure = new int[roster.size()];
        for (int d = 0; d < roster.size(); d++) {
            DelegationDoc delegation = roster.get(d);
            arrival[d] = SpaceCalendar.minutesFrom(options.horizonStart(), delegation.arrival());
            departure[d] = SpaceCalendar.minutesFrom(options.horizonStart(), delegation.departure());
            byDelegation.add(new ArrayList<>());
        }
        this.byEngagement = new Booking[engagementCount];
        for (int r = 0; r < venues.roomCount(); r++) {
            byRoom.add(new ArrayList<>());
        }
        for (int v = 0; v < venues.venues().size(); v++) {
            byVenue.add(new ArrayList<>());
        }
    }

    /** The earliest minute every attendee is in the city (and the horizon has begun). */
    int earliestStart(ProposedEngagement engagement) {
        int earliest = 0;
        for (int d : engagement.delegations()) {
            earliest = Math.max(earliest, arrival[d]);
        }
        return earliest;
    }

    /** The latest minute every attendee is still in the city (and the horizon has not ended). */
    int latestEnd(ProposedEngagement engagement) {
        int latest = horizonMinutes;
        for (int d : engagement.delegations()) {
            latest = Math.min(latest, departure[d]);
        }
        return latest;
    }

    /**
     * The rules that do not depend on the room: {@code event-window} for the horizon and the
     * attendees' stays, {@code delegation-clash}, and {@code event-order} against placed
     * predecessors (a predecessor that could not be placed is dropped from the document, and its
     * reference with it).
     */
    boolean attendeesFree(ProposedEngagement engagement, int start, int end) {
        if (start < earliestStart(engagement) || end > latestEnd(engagement)) {
            return false;
        }
        for (int predecessor : engagement.after()) {
            Booking before = byEngagement[predecessor];
            if (before != null && before.end() > start) {
                return false;
            }
        }
        for (int d : engagement.delegations()) {
            for (Booking other : byDelegation.get(d)) {
                if (overlap(start, end, other.start(), other.end())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The rules that depend on the room, for attendees already known to be free:
     * {@code space-availability} and {@code space-conflict} on busy intervals, both across the rooms
     * that share floor with it, {@code travel-time}
     * against every placed engagement of each attendee, and {@code delegation-separation} at the
     * room's venue.
     */
    boolean roomFits(ProposedEngagement engagement, int room, int start, int end) {
        SummitVenues.Room candidate = venues.room(room);
        if (!candidate.calendar().available(start, end)) {
            return false;
        }
        int busyEnd = end + candidate.space().turnoverMinutes();
        if (busy(room, start, busyEnd)) {
            return false;
        }
        for (int sharing : candidate.sharingFloor()) {
            if (busy(sharing, start, busyEnd)) {
                return false;
            }
        }
        return enoughTravelTime(engagement, candidate.venue(), start, end)
                && keepsSeparatedApart(engagement, candidate.venue(), start, end);
    }

    /** Whether a booking of the room, busy to its own turnover's end, overlaps {@code [start, busyEnd)}. */
    private boolean busy(int room, int start, int busyEnd) {
        for (Booking other : byRoom.get(room)) {
            if (overlap(start, busyEnd, other.start(), other.busyEnd())) {
                return true;
            }
        }
        return false;
    }

    void book(ProposedEngagement engagement, int room, int start, int end) {
        SummitVenues.Room booked = venues.room(room);
        Booking booking = new Booking(
                engagement,
                room,
                booked.venue(),
                start,
                end,
                end + booked.space().turnoverMinutes());
        byEngagement[engagement.index()] = booking;
        byRoom.get(room).add(booking);
        byVenue.get(booked.venue()).add(booking);
        for (int d : engagement.delegations()) {
            byDelegation.get(d).add(booking);
        }
    }

    /** Every ordered pair counts, not only consecutive engagements: the gap must cover the ride. */
    private boolean enoughTravelTime(ProposedEngagement engagement, int venue, int start, int end) {
        VenueDoc here = venues.venue(venue);
        for (int d : engagement.delegations()) {
            for (Booking other : byDelegation.get(d)) {
                if (other.venue() == venue) {
                    continue;
                }
                int ride = TravelTimes.minutes(venues.venue(other.venue()), here, travel);
                int gap = other.end() <= start ? start - other.end() : other.start() - end;
                if (gap < ride) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Separated delegations may not be at the same venue at the same time in two different events. */
    private boolean keepsSeparatedApart(ProposedEngagement engagement, int venue, int start, int end) {
        for (Booking other : byVenue.get(venue)) {
            if (!overlap(start, end, other.start(), other.end())) {
                continue;
            }
            for (int mine : engagement.delegations()) {
                for (int theirs : other.engagement().delegations()) {
                    if (roster.separated(mine, theirs)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean overlap(int start, int end, int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
