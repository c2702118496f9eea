package org.protocolplanner.runsheet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.protocolplanner.booking.BookingStatus;

/**
 * The rows of run sheets and schedules, without Spring or a database so that their order, the motorcades'
 * arrival order and the redaction are tested on their own.
 */
final class RunSheetRows {

    /** Where a delegation is at a time of the day, by the plan's present assignment. */
    record Visit(String delegationId, String venueId, LocalDateTime start, LocalDateTime end) {}

    /** A booking of an engagement: its place and state, to find the one of the engagement's present place. */
    record BookedPlace(long bookingId, String spaceId, LocalDateTime start, BookingStatus status) {}

    private static final Comparator<ScheduleEntry> BY_TIME = Comparator.comparing(ScheduleEntry::start)
            .thenComparing(ScheduleEntry::venueNameEn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScheduleEntry::spaceNameEn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ScheduleEntry::end)
            .thenComparing(entry -> Objects.requireNonNullElse(entry.engagementId(), ""));

    private RunSheetRows() {}

    /** In time order; at the same time by venue, then space, so that a printed day reads the same every time. */
    static List<ScheduleEntry> ordered(List<ScheduleEntry> entries) {
        return entries.stream().sorted(BY_TIME).toList();
    }

    /**
     * The motorcades arriving at the venue for its engagements of the day. A head of state's or government's
     * delegation arrives for an engagement unless its engagement just before, that day, was at the same venue
     * (it is still there). Ordered by arrival time; at the same time heads of state before heads of government,
     * then in the plan's order of delegations. Redacted engagements bring no arrival: naming who comes would
     * name their attendees.
     *
     * @param venueEntries the venue's engagements of the day, as the reader may see them
     * @param dayVisits    every delegation's engagements of the day across the plan, by its assignment
     */
    static List<MotorcadeArrival> arrivals(
            String venueId,
            List<ScheduleEntry> venueEntries,
            List<Visit> dayVisits,
            Map<String, PlanDelegation> delegations) {
        List<MotorcadeArrival> arrivals = new ArrayList<>();
        for (ScheduleEntry entry : venueEntries) {
            if (entry.redacted()) {
                continue;
            }
            for (String delegationId : entry.delegationIds()) {
                PlanDelegation delegation = delegations.get(delegationId);
                if (delegation == null
                        || !delegation.arrivesInMotorcade()
                        || alreadyThere(delegationId, venueId, entry.start(), dayVisits)) {
                    continue;
                }
                arrivals.add(new MotorcadeArrival(
                        entry.start(),
                        delegationId,
                        delegation.name(),
                        delegation.rank(),
                        entry.title(),
                        entry.spaceNameEn(),
                        entry.spaceNameZh()));
            }
        }
        arrivals.sort(Comparator.comparing(MotorcadeArrival::at)
                .thenComparing(MotorcadeArrival::rank)
                .thenComparing(
                        arrival -> delegations.get(arrival.delegationId()).position()));
        return List.copyOf(arrivals);
    }

    /** Whether the delegation's engagement just before this start, that day, was at this venue. */
    private static boolean alreadyThere(String delegationId, String venueId, LocalDateTime start, List<Visit> day) {
        return day.stream()
                .filter(visit -> visit.delegationId().equals(delegationId)
                        && visit.start().isBefore(start)
                        && !visit.end().isAfter(start))
                .max(Comparator.comparing(Visit::start))
                .map(before -> before.venueId().equals(venueId))
                .orElse(false);
    }

    /**
     * The state of the booking of the engagement's present place: of the bookings at that space and start, the
     * latest requested. Null where none was requested there (never published, or moved since).
     */
    static BookingStatus bookingState(String spaceId, LocalDateTime start, List<BookedPlace> bookings) {
        return bookings.stream()
                .filter(booking ->
                        booking.spaceId().equals(spaceId) && booking.start().equals(start))
                .max(Comparator.comparingLong(BookedPlace::bookingId))
                .map(BookedPlace::status)
                .orElse(null);
    }
}
