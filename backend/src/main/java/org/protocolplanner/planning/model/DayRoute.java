package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A delegation's trips on one day: from its hotel to the day's first engagement, between consecutive
 * engagements (by start), and back to the hotel; the hotel legs only where a hotel is given. The
 * travel-burden rule and the "travel minutes" figure both count it this way.
 */
public final class DayRoute {

    private final DelegationBrief delegation;
    private final List<EngagementAssignment> stops;

    private DayRoute(DelegationBrief delegation, List<EngagementAssignment> stops) {
        this.delegation = delegation;
        this.stops = stops;
    }

    /** @param assignments the delegation's scheduled engagements of one day, in any order */
    public static DayRoute of(DelegationBrief delegation, List<EngagementAssignment> assignments) {
        List<EngagementAssignment> stops = new ArrayList<>(assignments);
        stops.sort(Comparator.comparing(EngagementAssignment::getStart).thenComparing(EngagementAssignment::getId));
        return new DayRoute(delegation, stops);
    }

    public int travelMinutes() {
        int minutes = 0;
        for (int i = 1; i < stops.size(); i++) {
            minutes += stops.get(i - 1).venue().travelMinutesTo(stops.get(i).venue());
        }
        VenueBrief hotel = delegation.hotel();
        if (hotel != null && !stops.isEmpty()) {
            minutes += hotel.travelMinutesTo(stops.get(0).venue());
            minutes += stops.get(stops.size() - 1).venue().travelMinutesTo(hotel);
        }
        return minutes;
    }

    public List<String> eventIds() {
        return stops.stream().map(EngagementAssignment::getId).toList();
    }
}
