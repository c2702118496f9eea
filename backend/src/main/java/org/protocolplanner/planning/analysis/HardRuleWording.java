package org.protocolplanner.planning.analysis;

import static org.protocolplanner.planning.analysis.ScheduleNames.count;
import static org.protocolplanner.planning.analysis.ScheduleNames.people;
import static org.protocolplanner.planning.analysis.ScheduleNames.words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.planning.constraints.ProtocolJustification;
import org.protocolplanner.planning.constraints.ProtocolJustification.BlockedMinutes;
import org.protocolplanner.planning.constraints.ProtocolJustification.BrokenBound;
import org.protocolplanner.planning.model.SpaceBlock;

/** The parameters and English sentences of the hard and medium rules' matches. */
final class HardRuleWording {

    private final ScheduleNames names;

    HardRuleWording(ScheduleNames names) {
        this.names = names;
    }

    /** @return null for a justification of a soft rule */
    WordedMatch word(ProtocolJustification justification) {
        if (justification instanceof ProtocolJustification.OverCapacity j) {
            return overCapacity(j);
        } else if (justification instanceof ProtocolJustification.SpaceDoubleBooked j) {
            return spaceDoubleBooked(j);
        } else if (justification instanceof ProtocolJustification.DelegationDoubleBooked j) {
            return new WordedMatch(
                    params().delegation("delegation", j.delegationId())
                            .event("firstEvent", j.firstEventId())
                            .event("secondEvent", j.secondEventId())
                            .value("minutes", j.minutes())
                            .values(),
                    names.delegation(j.delegationId()) + " delegation: " + names.event(j.firstEventId()) + " and "
                            + names.event(j.secondEventId()) + " overlap by " + count(j.minutes(), "minute"));
        } else if (justification instanceof ProtocolJustification.TravelShortfall j) {
            return travelShortfall(j);
        } else if (justification instanceof ProtocolJustification.GradeShortfall j) {
            int steps = j.required().level() - j.venueGrade().level();
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .venue("venue", j.venueId())
                            .value("requiredGrade", j.required())
                            .value("venueGrade", j.venueGrade())
                            .value("steps", steps)
                            .values(),
                    names.event(j.eventId()) + " needs security grade " + j.required() + ", but "
                            + names.venue(j.venueId()) + " has grade " + j.venueGrade() + " ("
                            + count(steps, "step") + " short)");
        } else if (justification instanceof ProtocolJustification.SpaceUnavailable j) {
            return spaceUnavailable(j);
        } else if (justification instanceof ProtocolJustification.OutsideWindow j) {
            return outsideWindow(j);
        } else if (justification instanceof ProtocolJustification.MissingFeatures j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .space("space", j.spaceId())
                            .list(
                                    "missingFeatures",
                                    j.missing().stream().map(Enum::name).toList())
                            .values(),
                    names.space(j.spaceId()) + " lacks " + words(j.missing()) + ", which " + names.event(j.eventId())
                            + " requires");
        } else if (justification instanceof ProtocolJustification.ExcludedSpaceUsed j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .space("space", j.spaceId())
                            .values(),
                    names.event(j.eventId()) + " is in " + names.space(j.spaceId()) + ", a space it excludes");
        } else if (justification instanceof ProtocolJustification.SeparatedDelegationsMeet j) {
            return new WordedMatch(
                    params().delegation("delegation", j.delegationId())
                            .delegation("otherDelegation", j.otherDelegationId())
                            .venue("venue", j.venueId())
                            .event("firstEvent", j.firstEventId())
                            .event("secondEvent", j.secondEventId())
                            .value("minutes", j.minutes())
                            .values(),
                    names.delegation(j.delegationId()) + " and " + names.delegation(j.otherDelegationId())
                            + " delegations, who are kept apart, are both at " + names.venue(j.venueId()) + " for "
                            + count(j.minutes(), "minute") + " (" + names.event(j.firstEventId()) + " and "
                            + names.event(j.secondEventId()) + ")");
        } else if (justification instanceof ProtocolJustification.OrderBroken j) {
            return new WordedMatch(
                    params().event("earlierEvent", j.earlierEventId())
                            .event("laterEvent", j.laterEventId())
                            .value("minutes", j.minutes())
                            .values(),
                    names.event(j.laterEventId()) + " starts " + count(j.minutes(), "minute") + " before "
                            + names.event(j.earlierEventId()) + ", which must come first, ends");
        } else if (justification instanceof ProtocolJustification.Unscheduled j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .value("priority", j.priority())
                            .values(),
                    names.event(j.eventId()) + " is unscheduled (priority " + j.priority() + ")");
        }
        return null;
    }

    private WordedMatch overCapacity(ProtocolJustification.OverCapacity j) {
        MatchParameters params = params().event("event", j.eventId())
                .space("space", j.spaceId())
                .value("layout", j.layout())
                .value("headcount", j.headcount())
                .value("capacity", j.capacity());
        if (j.capacity() == null) {
            return new WordedMatch(
                    params.values(),
                    names.event(j.eventId()) + ": " + names.space(j.spaceId()) + " has no " + words(j.layout())
                            + " layout for its " + people(j.headcount()));
        }
        int over = j.headcount() - j.capacity();
        return new WordedMatch(
                params.value("peopleOver", over).values(),
                names.event(j.eventId()) + ": "
                        + j.headcount() + " people in " + names.space(j.spaceId()) + ", which seats " + j.capacity()
                        + " in " + words(j.layout()) + " layout (" + over + " over capacity)");
    }

    /** Two events in one space, or in two spaces that share floor: then the second space is named too. */
    private WordedMatch spaceDoubleBooked(ProtocolJustification.SpaceDoubleBooked j) {
        MatchParameters params = params().space("space", j.spaceId());
        boolean oneSpace = j.spaceId().equals(j.secondSpaceId());
        if (!oneSpace) {
            params.space("secondSpace", j.secondSpaceId());
        }
        params.event("firstEvent", j.firstEventId())
                .event("secondEvent", j.secondEventId())
                .value("minutes", j.minutes());
        String overlap = " overlap by " + count(j.minutes(), "minute") + ", turnover included";
        if (oneSpace) {
            return new WordedMatch(
                    params.values(),
                    names.space(j.spaceId()) + " is double-booked: " + names.event(j.firstEventId()) + " and "
                            + names.event(j.secondEventId()) + overlap);
        }
        return new WordedMatch(
                params.values(),
                names.event(j.firstEventId()) + " in " + names.space(j.spaceId())
                        + " and " + names.event(j.secondEventId()) + " in " + names.space(j.secondSpaceId())
                        + ", which share floor," + overlap);
    }

    private WordedMatch travelShortfall(ProtocolJustification.TravelShortfall j) {
        int shortfall = j.travelMinutes() - j.gapMinutes();
        return new WordedMatch(
                params().delegation("delegation", j.delegationId())
                        .event("fromEvent", j.fromEventId())
                        .event("toEvent", j.toEventId())
                        .venue("fromVenue", j.fromVenueId())
                        .venue("toVenue", j.toVenueId())
                        .value("travelMinutes", j.travelMinutes())
                        .value("gapMinutes", j.gapMinutes())
                        .value("minutesShort", shortfall)
                        .values(),
                names.delegation(j.delegationId()) + " delegation: " + count(shortfall, "minute")
                        + " short of the " + j.travelMinutes() + " travel minutes from " + names.venue(j.fromVenueId())
                        + " to " + names.venue(j.toVenueId()));
    }

    private WordedMatch spaceUnavailable(ProtocolJustification.SpaceUnavailable j) {
        List<String> parts = new ArrayList<>();
        if (j.minutesOutsideHours() > 0) {
            parts.add(count(j.minutesOutsideHours(), "minute") + " outside opening hours");
        }
        List<Object> blocked = new ArrayList<>();
        for (BlockedMinutes block : j.blocked()) {
            String what = block.kind() == SpaceBlock.Kind.BLACKOUT ? "a blackout" : "a closure";
            // A block of a space that shares floor with the event's names that space.
            boolean ofOther = !block.spaceId().equals(j.spaceId());
            parts.add(count(block.minutes(), "minute") + " in " + what
                    + (ofOther ? " of " + names.space(block.spaceId()) : "")
                    + (block.reason() == null ? "" : " (" + block.reason() + ")"));
            Map<String, Object> entry = new LinkedHashMap<>();
            if (ofOther) {
                entry.put("spaceId", block.spaceId());
                entry.put("space", names.space(block.spaceId()));
            }
            entry.put("kind", block.kind().name());
            entry.put("reason", block.reason());
            entry.put("minutes", block.minutes());
            blocked.add(entry);
        }
        return new WordedMatch(
                params().event("event", j.eventId())
                        .space("space", j.spaceId())
                        .value("minutesOutsideHours", j.minutesOutsideHours())
                        .list("blocked", blocked)
                        .values(),
                names.event(j.eventId()) + " in " + names.space(j.spaceId()) + ": " + String.join(", ", parts));
    }

    private WordedMatch outsideWindow(ProtocolJustification.OutsideWindow j) {
        List<String> parts = new ArrayList<>();
        List<Object> bounds = new ArrayList<>();
        for (BrokenBound bound : j.brokenBounds()) {
            String minutes = count(bound.minutes(), "minute");
            String delegation = bound.delegationId() == null ? null : names.delegation(bound.delegationId());
            parts.add(
                    switch (bound.kind()) {
                        case EARLIEST_START -> "starts " + minutes + " before its earliest start";
                        case LATEST_END -> "ends " + minutes + " after its latest end";
                        case ARRIVAL -> "starts " + minutes + " before the " + delegation + " delegation arrives";
                        case DEPARTURE -> "ends " + minutes + " after the " + delegation + " delegation departs";
                        case HORIZON_START -> "starts " + minutes + " before the plan's horizon";
                        case HORIZON_END -> "ends " + minutes + " after the plan's horizon";
                    });
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", bound.kind().name());
            entry.put("delegationId", bound.delegationId());
            entry.put("delegation", delegation);
            entry.put("minutes", bound.minutes());
            bounds.add(entry);
        }
        return new WordedMatch(
                params().event("event", j.eventId())
                        .list("brokenBounds", bounds)
                        .values(),
                names.event(j.eventId()) + ": " + String.join("; ", parts));
    }

    private MatchParameters params() {
        return new MatchParameters(names);
    }
}
