package org.protocolplanner.planning.analysis;

import static org.protocolplanner.planning.analysis.ScheduleNames.clock;
import static org.protocolplanner.planning.analysis.ScheduleNames.count;
import static org.protocolplanner.planning.analysis.ScheduleNames.people;
import static org.protocolplanner.planning.analysis.ScheduleNames.words;

import org.protocolplanner.planning.constraints.QualityJustification;

/** The parameters and English sentences of the soft rules' matches. */
final class QualityWording {

    private final ScheduleNames names;

    QualityWording(ScheduleNames names) {
        this.names = names;
    }

    /** @return null for a justification of a hard or medium rule */
    WordedMatch word(Object justification) {
        if (justification instanceof QualityJustification.PrestigeGap j) {
            int gap = j.deservedPrestige() - j.venuePrestige();
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .venue("venue", j.venueId())
                            .value("deservedPrestige", j.deservedPrestige())
                            .value("venuePrestige", j.venuePrestige())
                            .value("gap", gap)
                            .values(),
                    names.event(j.eventId()) + " is at " + names.venue(j.venueId()) + " (prestige "
                            + j.venuePrestige() + "), " + count(gap, "point") + " below the prestige "
                            + j.deservedPrestige() + " its highest-ranking guest deserves");
        } else if (justification instanceof QualityJustification.UnequalTreatment j) {
            return new WordedMatch(
                    params().value("rank", j.rank())
                            .value("type", j.type())
                            .value("engagements", j.engagements())
                            .value("lowestPrestige", j.lowestPrestige())
                            .value("highestPrestige", j.highestPrestige())
                            .values(),
                    "Delegations headed by a " + words(j.rank()) + " are treated unequally in " + words(j.type())
                            + ": " + count(j.engagements(), "engagement") + " at venues of prestige "
                            + j.lowestPrestige() + " to " + j.highestPrestige());
        } else if (justification instanceof QualityJustification.TravelBurden j) {
            return new WordedMatch(
                    params().delegation("delegation", j.delegationId())
                            .value("date", names.date(j.day()))
                            .list("eventIds", j.eventIds())
                            .value("travelMinutes", j.travelMinutes())
                            .values(),
                    names.delegation(j.delegationId()) + " delegation: " + j.travelMinutes()
                            + " travel minutes on " + names.date(j.day()) + " ("
                            + count(j.eventIds().size(), "engagement") + ")");
        } else if (justification instanceof QualityJustification.EmptySeats j) {
            int empty = j.capacity() - j.headcount() - j.margin();
            int percent = (int) (100L * empty / j.capacity());
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .space("space", j.spaceId())
                            .value("capacity", j.capacity())
                            .value("headcount", j.headcount())
                            .value("margin", j.margin())
                            .value("emptySeats", empty)
                            .value("emptyPercent", percent)
                            .values(),
                    names.event(j.eventId()) + ": " + j.capacity() + " seats in " + names.space(j.spaceId())
                            + " for " + people(j.headcount()) + " (" + empty
                            + " empty seats beyond a margin of " + j.margin() + ", " + percent + "% of the room)");
        } else if (justification instanceof QualityJustification.NotPreferredSpace j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .space("space", j.spaceId())
                            .values(),
                    names.event(j.eventId()) + " is in " + names.space(j.spaceId())
                            + ", not one of its preferred spaces");
        } else if (justification instanceof QualityJustification.OffCustomaryHours j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .value("type", j.type())
                            .time("start", j.start())
                            .time("end", j.end())
                            .value("startFrom", clock(j.startFrom()))
                            .value("startUntil", clock(j.startUntil()))
                            .value("latestEnd", clock(j.latestEnd()))
                            .values(),
                    names.event(j.eventId()) + " (" + words(j.type()) + ") runs " + names.timeText(j.start())
                            + " to " + names.timeText(j.end()) + ", off its customary hours: a start from "
                            + clock(j.startFrom()) + " to " + clock(j.startUntil()) + ", an end by "
                            + clock(j.latestEnd()));
        } else if (justification instanceof QualityJustification.ShortRest j) {
            return new WordedMatch(
                    params().delegation("delegation", j.delegationId())
                            .event("fromEvent", j.fromEventId())
                            .event("toEvent", j.toEventId())
                            .value("pauseMinutes", j.pauseMinutes())
                            .value("restMinutes", j.restMinutes())
                            .values(),
                    names.delegation(j.delegationId()) + " delegation: " + count(j.pauseMinutes(), "minute")
                            + " of pause between " + names.event(j.fromEventId()) + " and "
                            + names.event(j.toEventId()) + ", " + j.restMinutes() + " wanted");
        } else if (justification instanceof QualityJustification.CloseMotorcades j) {
            return new WordedMatch(
                    params().venue("venue", j.venueId())
                            .event("firstEvent", j.firstEventId())
                            .event("secondEvent", j.secondEventId())
                            .value("minutesApart", j.minutesApart())
                            .values(),
                    "Heads-of-state motorcades arrive at " + names.venue(j.venueId()) + " "
                            + count(j.minutesApart(), "minute") + " apart (" + names.event(j.firstEventId()) + ", "
                            + names.event(j.secondEventId()) + ")");
        } else if (justification instanceof QualityJustification.MovedFromPublished j) {
            return new WordedMatch(
                    params().event("event", j.eventId())
                            .space("publishedSpace", j.publishedSpaceId())
                            .time("publishedStart", j.publishedStart())
                            .space("space", j.spaceId())
                            .time("start", j.start())
                            .value("points", j.points())
                            .values(),
                    names.event(j.eventId()) + " moved from " + names.space(j.publishedSpaceId()) + " at "
                            + names.timeText(j.publishedStart()) + ", where it was published, to "
                            + names.space(j.spaceId()) + " at " + names.timeText(j.start()));
        } else if (justification instanceof QualityJustification.VenueOverloaded j) {
            return new WordedMatch(
                    params().venue("venue", j.venueId())
                            .value("date", names.date(j.day()))
                            .value("engagements", j.engagements())
                            .value("dailyLoad", j.dailyLoad())
                            .values(),
                    names.venue(j.venueId()) + " hosts " + j.engagements() + " engagements on " + names.date(j.day())
                            + "; its staff can serve " + j.dailyLoad());
        }
        return null;
    }

    private MatchParameters params() {
        return new MatchParameters(names);
    }
}
