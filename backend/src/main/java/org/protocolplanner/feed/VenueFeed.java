package org.protocolplanner.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.booking.BookingQueries;
import org.protocolplanner.booking.BookingQueries.HeldBooking;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.venue.VenueQueries;
import org.protocolplanner.venue.VenueQueries.SpacePlace;
import org.springframework.stereotype.Component;

/**
 * A venue's calendar: its requested and confirmed bookings across all plans. For a reader who sees
 * confidential engagements only redacted (a venue manager), such an event names the engagement's type,
 * time, headcount, layout and needs, never its title or attendees (docs/reference/roles.md, bookings read).
 */
@Component
class VenueFeed {

    private final BookingQueries bookings;
    private final VenueQueries venues;
    private final PlanService plans;
    private final EngagementRepository engagements;
    private final DelegationRepository delegations;

    VenueFeed(
            BookingQueries bookings,
            VenueQueries venues,
            PlanService plans,
            EngagementRepository engagements,
            DelegationRepository delegations) {
        this.bookings = bookings;
        this.venues = venues;
        this.plans = plans;
        this.engagements = engagements;
        this.delegations = delegations;
    }

    List<FeedEvent> events(String venueId, boolean redact) {
        List<HeldBooking> held = bookings.heldIn(venues.spaceIdsOf(List.of(venueId)));
        Map<String, SpacePlace> spaces =
                venues.placesOf(held.stream().map(HeldBooking::spaceId).toList());
        Map<Long, Engagement> booked = new HashMap<>();
        engagements
                .findAllById(held.stream().map(HeldBooking::engagementId).toList())
                .forEach(engagement -> booked.put(engagement.getId(), engagement));
        Map<Long, Plan> bookingPlans = new HashMap<>();
        Map<Long, List<Delegation>> planDelegations = new HashMap<>();
        List<FeedEvent> events = new ArrayList<>();
        for (HeldBooking booking : held) {
            Engagement engagement = booked.get(booking.engagementId());
            if (engagement == null) {
                continue;
            }
            Plan plan = bookingPlans.computeIfAbsent(booking.planId(), plans::load);
            List<Delegation> attending =
                    planDelegations.computeIfAbsent(booking.planId(), delegations::findByPlanIdOrderByPosition);
            events.add(event(booking, spaces.get(booking.spaceId()), plan, engagement, attending, redact));
        }
        return events;
    }

    private static FeedEvent event(
            HeldBooking booking,
            SpacePlace space,
            Plan plan,
            Engagement engagement,
            List<Delegation> delegations,
            boolean redact) {
        boolean confirmed = booking.confirmed();
        boolean hidden = redact && engagement.isConfidential();
        String type = words(engagement.getType().name());
        String what = hidden ? "Confidential " + type : engagement.getTitle();
        String summary = what + (confirmed ? " (confirmed)" : " (requested)");
        List<String> lines = new ArrayList<>();
        lines.add("Booking " + booking.id() + ", " + (confirmed ? "confirmed" : "requested, not yet answered"));
        lines.add("Plan: " + plan.getName());
        lines.add("Type: " + type);
        lines.add("Headcount: " + engagement.getHeadcount() + ", layout: "
                + words(engagement.getLayout().name()));
        List<String> needs = engagement.getRequiredFeatures().stream()
                .map(feature -> words(feature.name()))
                .toList();
        lines.add("Needs: " + (needs.isEmpty() ? "none" : String.join(", ", needs)));
        if (!hidden) {
            lines.add("Attendees: "
                    + String.join(
                            ", ",
                            delegations.stream()
                                    .filter(delegation ->
                                            engagement.getDelegations().contains(delegation.getRef()))
                                    .map(Delegation::getName)
                                    .toList()));
        }
        return new FeedEvent(
                "booking-" + booking.id() + "@protocol-planner",
                summary,
                String.join("\n", lines),
                space.venueNameEn() + ", " + space.spaceNameEn(),
                booking.startsAt(),
                booking.endsAt(),
                !confirmed);
    }

    /** STATE_BANQUET as "state banquet". */
    private static String words(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
