package org.protocolplanner.feed;

import java.util.List;
import org.protocolplanner.itinerary.DelegationSchedule;
import org.springframework.stereotype.Component;

/**
 * A delegation's calendar: its scheduled engagements with venue, room and times, as the itinerary
 * lists them. Only readers of plans get it, and they see confidential engagements in full.
 */
@Component
class DelegationFeed {

    private final DelegationSchedule schedules;

    DelegationFeed(DelegationSchedule schedules) {
        this.schedules = schedules;
    }

    record Calendar(String name, List<FeedEvent> events) {
    }

    Calendar of(long planId, String delegationId) {
        DelegationSchedule.Schedule schedule = schedules.of(planId, delegationId);
        List<FeedEvent> events = schedule.stops().stream().map(stop -> new FeedEvent(
                "engagement-" + planId + "-" + stop.engagementId() + "-" + delegationId + "@protocol-planner",
                stop.title(), description(stop), stop.venueNameEn() + ", " + stop.spaceNameEn(), stop.start(),
                stop.end(), false)).toList();
        return new Calendar(schedule.delegationName() + " · " + schedule.planName(), events);
    }

    private static String description(DelegationSchedule.Stop stop) {
        String type = stop.type().name().toLowerCase().replace('_', ' ');
        String travel = stop.travelMinutesBefore() == null ? ""
                : "\nTravel from the engagement before: " + stop.travelMinutesBefore() + " min";
        return type + (stop.confidential() ? " (confidential)" : "") + travel;
    }
}
