package org.protocolplanner.planning.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import java.util.List;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import org.protocolplanner.planning.model.Attendance;
import org.protocolplanner.planning.model.CustomaryHours;
import org.protocolplanner.planning.model.DayRoute;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.ProtocolWeights;
import org.protocolplanner.planning.model.PublishedPlace;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;

/**
 * The soft rules of docs/reference/constraints.md: protocol quality. Each states its penalty's unit; the weight per
 * unit comes from the plan's {@link ProtocolWeights} (defaults there), so every rule is a
 * configurable penalty.
 */
final class SoftConstraints {

    /** The pause a head of delegation should get between two engagements. */
    static final int REST_MINUTES = 30;
    /** Motorcades arriving at one venue closer together than this strain traffic control. */
    static final int MOTORCADE_SPACING_MINUTES = 30;
    /** Engagements a venue's staff can serve in a day. */
    static final int VENUE_DAILY_LOAD = 8;

    private SoftConstraints() {}

    static Constraint[] all(ConstraintFactory factory) {
        return new Constraint[] {
            rankPrestige(factory),
            equalTreatment(factory),
            travelBurden(factory),
            capacityFit(factory),
            preferredSpace(factory),
            customaryHours(factory),
            restGap(factory),
            motorcadeLoad(factory),
            planStability(factory),
            venueLoad(factory)
        };
    }

    /** Higher-ranking delegations meet in venues of higher prestige. Unit: prestige points short, per event. */
    static Constraint rankPrestige(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.prestigeGap() > 0)
                .penalizeConfigurableLong(EngagementAssignment::prestigeGap)
                .justifyWith((assignment, score) -> new QualityJustification.PrestigeGap(
                        assignment.getId(),
                        assignment.venue().id(),
                        assignment.getEngagement().deservedPrestige(),
                        assignment.venue().prestige()))
                .asConstraint(ConstraintId.RANK_PRESTIGE.id());
    }

    /**
     * Delegations of one rank are treated alike: of two engagements of one type led by the same rank (the
     * highest-ranking attendee's, {@link EngagementBrief#leadingRank}), the squared difference of the venues'
     * prestige. Talks between two heads of state count as theirs as much as a head of state's talks with the
     * host, as the equal-treatment spread counts them. Summed over all pairs this is n times the sum of
     * squared deviations from the mean, so one slighted delegation costs more than a small spread over many.
     * It is counted per group of peers as n times the sum of squares less the square of the sum, which is
     * that sum over pairs exactly: a move then updates one group's tally instead of every pair its
     * engagement is in, which on a summit of 120 delegations was the largest part of scoring a move.
     * Unit: squared prestige points, per pair.
     */
    static Constraint equalTreatment(ConstraintFactory factory) {
        return attendedByDelegations(factory)
                .groupBy(
                        assignment -> new PeerGroup(
                                assignment.getEngagement().type(),
                                assignment.getEngagement().leadingRank()),
                        new PrestigeSpreadCollector())
                .filter((group, spread) -> spread.squaredDifferencesOfPairs() > 0)
                .penalizeConfigurableLong((group, spread) -> spread.squaredDifferencesOfPairs())
                .justifyWith((group, spread, score) -> new QualityJustification.UnequalTreatment(
                        group.rank(), group.type(), spread.count(), spread.lowest(), spread.highest()))
                .asConstraint(ConstraintId.EQUAL_TREATMENT.id());
    }

    /** Engagements of one type led by one rank: the peers {@link #equalTreatment} compares. */
    private record PeerGroup(EventType type, HeadRank rank) {}

    private static UniConstraintStream<EngagementAssignment> attendedByDelegations(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.getEngagement().leadingRank() != null);
    }

    /**
     * Delegations spend little time on the road: per delegation and day, hotel to the first engagement,
     * between consecutive engagements and back ({@link DayRoute}). Unit: travel minutes.
     */
    static Constraint travelBurden(ConstraintFactory factory) {
        return factory.forEach(Attendance.class)
                .join(EngagementAssignment.class, equal(Attendance::engagement, EngagementAssignment::getEngagement))
                .groupBy(
                        (attendance, assignment) -> attendance.delegation(),
                        (attendance, assignment) -> ScheduleHorizon.dayOf(assignment.getStart()),
                        toList((attendance, assignment) -> assignment))
                .filter((delegation, day, assignments) ->
                        DayRoute.of(delegation, assignments).travelMinutes() > 0)
                .penalizeConfigurableLong((delegation, day, assignments) ->
                        DayRoute.of(delegation, assignments).travelMinutes())
                .indictWith((delegation, day, assignments) -> List.of(delegation))
                .justifyWith((delegation, day, assignments, score) -> {
                    DayRoute route = DayRoute.of(delegation, assignments);
                    return new QualityJustification.TravelBurden(
                            delegation.id(), day, route.eventIds(), route.travelMinutes());
                })
                .asConstraint(ConstraintId.TRAVEL_BURDEN.id());
    }

    /**
     * An event uses a space of fitting size. Unit: percent of the space's seats empty beyond a tenth of the
     * headcount (at least 2), per event.
     */
    static Constraint capacityFit(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.emptySeatPercentAboveMargin() > 0)
                .penalizeConfigurableLong(EngagementAssignment::emptySeatPercentAboveMargin)
                .justifyWith((assignment, score) -> {
                    var needs = assignment.getEngagement().needs();
                    return new QualityJustification.EmptySeats(
                            assignment.getId(),
                            assignment.getSpace().id(),
                            assignment.getSpace().capacity(needs.layout()),
                            needs.headcount(),
                            needs.seatMargin());
                })
                .asConstraint(ConstraintId.CAPACITY_FIT.id());
    }

    /** An event with preferred spaces gets one of them. Unit: 1 per event elsewhere. */
    static Constraint preferredSpace(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(EngagementAssignment::isOutsidePreferredSpaces)
                .penalizeConfigurableLong(assignment -> 1)
                .justifyWith((assignment, score) -> new QualityJustification.NotPreferredSpace(
                        assignment.getId(), assignment.getSpace().id()))
                .asConstraint(ConstraintId.PREFERRED_SPACE.id());
    }

    /**
     * Each event type keeps its customary time of day ({@code CustomaryHours}). Unit: one per event off
     * its hours, as the catalogue asks, so the rule's match count is the plan's off-customary-hours KPI.
     */
    static Constraint customaryHours(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(EngagementAssignment::offCustomaryHours)
                .penalizeConfigurable()
                .justifyWith((assignment, score) -> {
                    CustomaryHours.Window window =
                            CustomaryHours.of(assignment.getEngagement().type());
                    return new QualityJustification.OffCustomaryHours(
                            assignment.getId(),
                            assignment.getEngagement().type(),
                            assignment.getStart(),
                            assignment.end(),
                            window.startFrom(),
                            window.startUntil(),
                            window.latestEnd());
                })
                .asConstraint(ConstraintId.CUSTOMARY_HOURS.id());
    }

    /**
     * A head of delegation gets a pause of at least {@link #REST_MINUTES} between engagements. Unit:
     * minutes of pause short, per delegation and pair of engagements (overlaps are delegation-clash's).
     * A pair is one fact for both orders; at most one order has a pause that is not negative.
     */
    static Constraint restGap(ConstraintFactory factory) {
        return ProtocolConstraintProvider.bothScheduled(factory)
                .filter((pair, first, second) -> restShort(first, second) > 0)
                .penalizeConfigurableLong((pair, first, second) -> restShort(first, second))
                .indictWith((pair, first, second) -> List.of(
                        ProtocolConstraintProvider.earlier(first, second),
                        ProtocolConstraintProvider.later(first, second),
                        pair.delegation()))
                .justifyWith((pair, first, second, score) -> {
                    EngagementAssignment before = ProtocolConstraintProvider.earlier(first, second);
                    EngagementAssignment after = ProtocolConstraintProvider.later(first, second);
                    return new QualityJustification.ShortRest(
                            pair.delegation().id(), before.getId(), after.getId(), pause(before, after), REST_MINUTES);
                })
                .asConstraint(ConstraintId.REST_GAP.id());
    }

    private static int restShort(EngagementAssignment first, EngagementAssignment second) {
        return restShortBetween(first, second) + restShortBetween(second, first);
    }

    private static int restShortBetween(EngagementAssignment before, EngagementAssignment after) {
        int pause = pause(before, after);
        return pause >= 0 && pause < REST_MINUTES ? REST_MINUTES - pause : 0;
    }

    private static int pause(EngagementAssignment before, EngagementAssignment after) {
        return after.getStart() - before.end();
    }

    /**
     * Few heads-of-state motorcades arrive at one venue within the same 30 minutes. Unit: per pair of
     * events with a head of state at one venue, the minutes their starts lie closer than 30.
     */
    static Constraint motorcadeLoad(ConstraintFactory factory) {
        return withHeadOfState(factory)
                .join(
                        withHeadOfState(factory),
                        equal(EngagementAssignment::venue),
                        overlapping(
                                EngagementAssignment::getStart,
                                assignment -> assignment.getStart() + MOTORCADE_SPACING_MINUTES),
                        filtering((first, second) -> first.getId().compareTo(second.getId()) < 0))
                .penalizeConfigurableLong((first, second) -> MOTORCADE_SPACING_MINUTES - minutesApart(first, second))
                .justifyWith((first, second, score) -> new QualityJustification.CloseMotorcades(
                        first.venue().id(), first.getId(), second.getId(), minutesApart(first, second)))
                .asConstraint(ConstraintId.MOTORCADE_LOAD.id());
    }

    private static UniConstraintStream<EngagementAssignment> withHeadOfState(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.getEngagement().isAttendedByHeadOfState());
    }

    private static int minutesApart(EngagementAssignment first, EngagementAssignment second) {
        return Math.abs(first.getStart() - second.getStart());
    }

    /**
     * A published event keeps its place. Unit: stability points ({@link PublishedPlace#movePoints}):
     * another venue 100, another space of the venue 30, another day 60, another time that day 20.
     */
    static Constraint planStability(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.movePoints() > 0)
                .penalizeConfigurableLong(EngagementAssignment::movePoints)
                .justifyWith((assignment, score) -> {
                    PublishedPlace published = assignment.getEngagement().published();
                    return new QualityJustification.MovedFromPublished(
                            assignment.getId(),
                            published.space().id(),
                            published.start(),
                            assignment.getSpace().id(),
                            assignment.getStart(),
                            assignment.movePoints());
                })
                .asConstraint(ConstraintId.PLAN_STABILITY.id());
    }

    /**
     * No venue hosts more engagements a day than its staff can serve. Unit: engagements above
     * {@link #VENUE_DAILY_LOAD}, per venue and day.
     */
    static Constraint venueLoad(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .groupBy(
                        EngagementAssignment::venue,
                        assignment -> ScheduleHorizon.dayOf(assignment.getStart()),
                        count())
                .filter((venue, day, engagements) -> engagements > VENUE_DAILY_LOAD)
                .penalizeConfigurableLong((venue, day, engagements) -> engagements - VENUE_DAILY_LOAD)
                .indictWith((venue, day, engagements) -> List.of(venue))
                .justifyWith((venue, day, engagements, score) ->
                        new QualityJustification.VenueOverloaded(venue.id(), day, engagements, VENUE_DAILY_LOAD))
                .asConstraint(ConstraintId.VENUE_LOAD.id());
    }
}
