package org.protocolplanner.itinerary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocolplanner.booking.EngagementBookingStates;
import org.protocolplanner.booking.EngagementBookingStates.State;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.planning.TravelTimes;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.venue.VenueQueries;
import org.protocolplanner.venue.VenueQueries.SpacePlace;
import org.springframework.stereotype.Component;

/**
 * A delegation's scheduled engagements in time order, with their venue and room in both languages and
 * the travel from the engagement before on the same day: what an itinerary prints and a delegation's
 * calendar feed lists. Travel minutes come from {@link TravelTimes} with the plan's travel model, the
 * figures the solver's travel-time rule uses. On a live plan each stop carries the state of its booking there, so
 * that a place a venue declined is never printed as if it were settled.
 */
@Component
public class DelegationSchedule {

    /**
     * Where and when one engagement happens, as the delegation experiences it.
     *
     * @param booking the state of its booking at this place; null where none was requested yet (and always on a
     *                scenario, which never sends requests)
     */
    public record Stop(
            String engagementId,
            String title,
            EventType type,
            boolean confidential,
            Instant start,
            Instant end,
            String venueId,
            String venueNameEn,
            String venueNameZh,
            String spaceNameEn,
            String spaceNameZh,
            Integer travelMinutesBefore,
            State booking) {}

    /**
     * The delegation, its plan and its stops; {@code zone} is the plan's, in which its times were planned;
     * {@code live} whether the plan is a live one, whose places are asked of the venues.
     */
    public record Schedule(
            long planId,
            String planName,
            boolean live,
            String delegationId,
            DelegationName delegationName,
            ZoneId zone,
            List<Stop> stops) {}

    private record Place(Stop stop, Double lat, Double lon) {}

    private final PlanService plans;
    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final VenueQueries venues;
    private final EngagementBookingStates bookings;

    DelegationSchedule(
            PlanService plans,
            DelegationRepository delegations,
            EngagementRepository engagements,
            VenueQueries venues,
            EngagementBookingStates bookings) {
        this.bookings = bookings;
        this.plans = plans;
        this.delegations = delegations;
        this.engagements = engagements;
        this.venues = venues;
    }

    /** @throws NotFoundException for an unknown plan, or a delegation the plan does not have */
    public Schedule of(long planId, String delegationId) {
        Plan plan = plans.load(planId);
        Delegation delegation = delegations
                .findByPlanIdAndRef(planId, delegationId)
                .orElseThrow(() -> new NotFoundException("delegation", delegationId));
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        TravelModel travel =
                new TravelModel(plan.getTravelSpeedKmh(), plan.getTravelRoadFactor(), plan.getTravelFixedMinutes());
        List<Place> places = places(plan, delegationId, zone);
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place here = places.get(i);
            Integer travelBefore = i == 0 ? null : travelMinutes(places.get(i - 1), here, zone, travel);
            Stop stop = here.stop();
            stops.add(new Stop(
                    stop.engagementId(),
                    stop.title(),
                    stop.type(),
                    stop.confidential(),
                    stop.start(),
                    stop.end(),
                    stop.venueId(),
                    stop.venueNameEn(),
                    stop.venueNameZh(),
                    stop.spaceNameEn(),
                    stop.spaceNameZh(),
                    travelBefore,
                    stop.booking()));
        }
        return new Schedule(
                planId,
                plan.getName(),
                plan.getKind() == Plan.Kind.LIVE,
                delegationId,
                new DelegationName(delegation.getName(), delegation.getCountry()),
                zone,
                List.copyOf(stops));
    }

    /** The delegation's scheduled engagements in a space of the catalogue, by start and id. */
    private List<Place> places(Plan plan, String delegationId, ZoneId zone) {
        List<Engagement> attended = engagements.findByPlanIdOrderByPosition(plan.getId()).stream()
                .filter(e -> e.getAssignedStart() != null && e.getDelegations().contains(delegationId))
                .sorted(Comparator.comparing(Engagement::getAssignedStart).thenComparing(Engagement::getRef))
                .toList();
        Map<String, SpacePlace> spaces = venues.placesOf(
                attended.stream().map(Engagement::getAssignedSpaceId).collect(Collectors.toSet()));
        Map<Long, State> states = bookings.of(plan, attended);
        List<Place> places = new ArrayList<>();
        for (Engagement engagement : attended) {
            SpacePlace space = spaces.get(engagement.getAssignedSpaceId());
            if (space != null) {
                places.add(place(engagement, space, zone, states.get(engagement.getId())));
            }
        }
        return places;
    }

    /** Null between days (the delegation returns to its hotel) and where a venue lacks coordinates. */
    private static Integer travelMinutes(Place from, Place to, ZoneId zone, TravelModel travel) {
        LocalDate fromDay = LocalDate.ofInstant(from.stop().end(), zone);
        LocalDate toDay = LocalDate.ofInstant(to.stop().start(), zone);
        if (!fromDay.equals(toDay) || from.lat() == null || to.lat() == null) {
            return null;
        }
        return TravelTimes.minutes(venue(from), venue(to), travel);
    }

    private static VenueDoc venue(Place place) {
        return new VenueDoc(
                place.stop().venueId(), place.stop().venueNameEn(), place.lat(), place.lon(), null, 0, List.of());
    }

    private static Place place(Engagement engagement, SpacePlace space, ZoneId zone, State booking) {
        Instant start = engagement.getAssignedStart().atZone(zone).toInstant();
        Stop stop = new Stop(
                engagement.getRef(),
                engagement.getTitle(),
                engagement.getType(),
                engagement.isConfidential(),
                start,
                start.plusSeconds(60L * engagement.getDurationMinutes()),
                space.venueId(),
                space.venueNameEn(),
                space.venueNameZh(),
                space.spaceNameEn(),
                space.spaceNameZh(),
                null,
                booking);
        return new Place(stop, space.lat(), space.lon());
    }
}
