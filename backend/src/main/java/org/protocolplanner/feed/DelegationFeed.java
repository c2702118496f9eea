package org.protocolplanner.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.booking.EngagementBookingStates.State;
import org.protocolplanner.itinerary.DelegationSchedule;
import org.protocolplanner.itinerary.DelegationSchedule.Stop;
import org.springframework.stereotype.Component;

/**
 * A delegation's calendar: its scheduled engagements with venue, room and times, as the itinerary
 * lists them. Only readers of plans get it, and they see confidential engagements in full. On a live plan
 * each event says the state of its booking (summary, description and STATUS): only a place the venue
 * confirmed is CONFIRMED, and a place it declined, let lapse or whose booking was cancelled says so in the
 * location too, so that no calendar shows a venue that will not host the engagement as settled.
 */
@Component
class DelegationFeed {

    private static final String NOT_REQUESTED = "not yet requested from the venue";
    private static final Map<BookingStatus, String> STATES = Map.of(
            BookingStatus.REQUESTED, "requested, awaiting the venue's answer",
            BookingStatus.CONFIRMED, "confirmed by the venue",
            BookingStatus.DECLINED, "declined by venue — being re-planned",
            BookingStatus.LAPSED, "not answered by the venue in time — under review",
            BookingStatus.CANCELLED, "booking cancelled — under review");
    /** How the location names a place that is a setback, before the venue and room. */
    private static final Map<BookingStatus, String> SETBACK_PLACES = Map.of(
            BookingStatus.DECLINED, "Declined by the venue",
            BookingStatus.LAPSED, "Not answered by the venue in time",
            BookingStatus.CANCELLED, "Booking cancelled");

    private final DelegationSchedule schedules;

    DelegationFeed(DelegationSchedule schedules) {
        this.schedules = schedules;
    }

    record Calendar(String name, List<FeedEvent> events) {}

    Calendar of(long planId, String delegationId) {
        DelegationSchedule.Schedule schedule = schedules.of(planId, delegationId);
        boolean live = schedule.live();
        List<FeedEvent> events = schedule.stops().stream()
                .map(stop -> new FeedEvent(
                        "engagement-" + planId + "-" + stop.engagementId() + "-" + delegationId + "@protocol-planner",
                        live ? stop.title() + " (" + state(stop.booking()) + ")" : stop.title(),
                        description(stop, live),
                        location(stop, live),
                        stop.start(),
                        stop.end(),
                        !live || !isConfirmed(stop.booking())))
                .toList();
        return new Calendar(schedule.delegationName().name() + " · " + schedule.planName(), events);
    }

    private static String description(Stop stop, boolean live) {
        List<String> lines = new ArrayList<>();
        lines.add(stop.type().name().toLowerCase().replace('_', ' ') + (stop.confidential() ? " (confidential)" : ""));
        if (live) {
            String state = state(stop.booking());
            lines.add("Booking: " + Character.toUpperCase(state.charAt(0)) + state.substring(1));
            State booking = stop.booking();
            if (booking != null
                    && booking.isSetback()
                    && booking.reason() != null
                    && !booking.reason().isBlank()) {
                lines.add("Reason: " + booking.reason());
            }
        }
        if (stop.travelMinutesBefore() != null) {
            lines.add("Travel from the engagement before: " + stop.travelMinutesBefore() + " min");
        }
        return String.join("\n", lines);
    }

    /** The venue and room; a place that is a setback is marked there, where calendar clients show it first. */
    private static String location(Stop stop, boolean live) {
        String place = stop.venueNameEn() + ", " + stop.spaceNameEn();
        State booking = stop.booking();
        return live && booking != null && booking.isSetback()
                ? SETBACK_PLACES.get(booking.status()) + ": " + place
                : place;
    }

    private static String state(State booking) {
        return booking == null ? NOT_REQUESTED : STATES.get(booking.status());
    }

    private static boolean isConfirmed(State booking) {
        return booking != null && booking.status() == BookingStatus.CONFIRMED;
    }
}
