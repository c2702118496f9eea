package org.protocolplanner.planning.constraints;

import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.protocolplanner.planning.constraints.ProtocolJustification.BlockedMinutes;
import org.protocolplanner.planning.constraints.ProtocolJustification.BrokenBound;
import org.protocolplanner.planning.model.CoAttendance;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.PossibleEncounter;
import org.protocolplanner.planning.model.Precedence;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * The rules of docs/reference/constraints.md: the hard and medium ones here, the soft ones in {@link SoftConstraints}.
 * Hard penalties are in the units the catalogue defines (people, minutes, grade steps, features),
 * each weighing one hard point; the medium rule costs an unscheduled engagement its priority. Only
 * scheduled engagements take part in the hard rules: {@code forEach} skips an assignment whose space
 * or start is null. Penalties are computed from the definitions, never from the candidate ranges, so a
 * bad pin or an imported solution scores what it breaks.
 */
public class ProtocolConstraintProvider implements ConstraintProvider {

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Stream.concat(Arrays.stream(hardAndMedium(factory)), Arrays.stream(SoftConstraints.all(factory)))
                .toArray(Constraint[]::new);
    }

    private Constraint[] hardAndMedium(ConstraintFactory factory) {
        return new Constraint[] {
            spaceCapacity(factory),
            spaceConflict(factory),
            delegationClash(factory),
            travelTime(factory),
            securityGrade(factory),
            spaceAvailability(factory),
            eventWindow(factory),
            requiredFeatures(factory),
            excludedSpace(factory),
            delegationSeparation(factory),
            eventOrder(factory),
            unscheduledEvent(factory)
        };
    }

    /** The space must seat the whole headcount in the event's layout. */
    Constraint spaceCapacity(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.peopleOverCapacity() > 0)
                .penalizeLong(HARD, EngagementAssignment::peopleOverCapacity)
                .justifyWith((assignment, score) -> {
                    SpaceBrief space = assignment.getSpace();
                    var needs = assignment.getEngagement().needs();
                    return new ProtocolJustification.OverCapacity(
                            assignment.getId(),
                            space.id(),
                            needs.layout(),
                            needs.headcount(),
                            space.takes(needs.layout()) ? space.capacity(needs.layout()) : null);
                })
                .asConstraint(ConstraintId.SPACE_CAPACITY.id());
    }

    /**
     * A space hosts one event at a time, turnover included, and so do spaces that share floor (a divisible
     * hall and its parts). Pairs meet by floor, which is the space itself for one that is neither divisible
     * nor a part, so those join exactly as by space; the filter drops the pairs of a floor that do not share
     * it (two parts of one hall), and sees only pairs whose busy intervals overlap.
     */
    Constraint spaceConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        EngagementAssignment.class,
                        equal(EngagementAssignment::floor),
                        overlapping(EngagementAssignment::getStart, EngagementAssignment::busyEnd))
                .filter((first, second) -> first.getSpace().sharesFloorWith(second.getSpace()))
                .penalizeLong(HARD, EngagementAssignment::busyOverlapWith)
                .justifyWith((first, second, score) -> new ProtocolJustification.SpaceDoubleBooked(
                        first.getSpace().id(),
                        second.getSpace().id(),
                        first.getId(),
                        second.getId(),
                        first.busyOverlapWith(second)))
                .asConstraint(ConstraintId.SPACE_CONFLICT.id());
    }

    /** A delegation attends one event at a time. */
    Constraint delegationClash(ConstraintFactory factory) {
        return bothScheduled(factory)
                .filter((pair, first, second) -> first.overlapWith(second) > 0)
                .penalizeLong(HARD, (pair, first, second) -> first.overlapWith(second))
                .indictWith((pair, first, second) -> List.of(first, second, pair.delegation()))
                .justifyWith((pair, first, second, score) -> {
                    // Named in id order, whichever the plan lists first.
                    boolean inOrder = first.getId().compareTo(second.getId()) < 0;
                    return new ProtocolJustification.DelegationDoubleBooked(
                            pair.delegation().id(),
                            (inOrder ? first : second).getId(),
                            (inOrder ? second : first).getId(),
                            first.overlapWith(second));
                })
                .asConstraint(ConstraintId.DELEGATION_CLASH.id());
    }

    /**
     * A delegation has time to drive between the venues of any two of its events, not only consecutive ones.
     * A pair is one fact for both orders; at most one order has a gap that is not negative, so the sum of
     * both orders' shortfalls is that order's.
     */
    Constraint travelTime(ConstraintFactory factory) {
        return bothScheduled(factory)
                .filter((pair, first, second) -> travelShortfall(first, second) > 0)
                .penalizeLong(HARD, (pair, first, second) -> travelShortfall(first, second))
                .indictWith((pair, first, second) ->
                        List.of(earlier(first, second), later(first, second), pair.delegation()))
                .justifyWith((pair, first, second, score) -> {
                    EngagementAssignment from = earlier(first, second);
                    EngagementAssignment to = later(first, second);
                    return new ProtocolJustification.TravelShortfall(
                            pair.delegation().id(),
                            from.getId(),
                            to.getId(),
                            from.venue().id(),
                            to.venue().id(),
                            from.travelMinutesTo(to),
                            to.getStart() - from.end());
                })
                .asConstraint(ConstraintId.TRAVEL_TIME.id());
    }

    private static int travelShortfall(EngagementAssignment first, EngagementAssignment second) {
        return first.travelShortfallTo(second) + second.travelShortfallTo(first);
    }

    /** Of two engagements of a pair, the one the other starts after: {@code first} unless {@code second} ends by its start. */
    static EngagementAssignment earlier(EngagementAssignment first, EngagementAssignment second) {
        return second.end() <= first.getStart() ? second : first;
    }

    static EngagementAssignment later(EngagementAssignment first, EngagementAssignment second) {
        return earlier(first, second) == first ? second : first;
    }

    /** Each unordered pair of a delegation's scheduled engagements, found by hash on the engagements. */
    static TriConstraintStream<CoAttendance, EngagementAssignment, EngagementAssignment> bothScheduled(
            ConstraintFactory factory) {
        return factory.forEach(CoAttendance.class)
                .join(EngagementAssignment.class, equal(CoAttendance::first, EngagementAssignment::getEngagement))
                .join(
                        EngagementAssignment.class,
                        equal((pair, first) -> pair.second(), EngagementAssignment::getEngagement));
    }

    /** The venue's security grade is at least the grade the event's attendees require. */
    Constraint securityGrade(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.gradeStepsShort() > 0)
                .penalizeLong(HARD, EngagementAssignment::gradeStepsShort)
                .justifyWith((assignment, score) -> new ProtocolJustification.GradeShortfall(
                        assignment.getId(),
                        assignment.venue().id(),
                        assignment.getEngagement().needs().requiredGrade(),
                        assignment.venue().securityGrade()))
                .asConstraint(ConstraintId.SECURITY_GRADE.id());
    }

    /**
     * The event lies within its space's opening hours and clear of the blackouts and closures of its space
     * and of every space that shares floor with it.
     */
    Constraint spaceAvailability(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.unavailableMinutes() > 0)
                .penalizeLong(HARD, EngagementAssignment::unavailableMinutes)
                .justifyWith((assignment, score) -> spaceUnavailable(assignment))
                .asConstraint(ConstraintId.SPACE_AVAILABILITY.id());
    }

    private static ProtocolJustification.SpaceUnavailable spaceUnavailable(EngagementAssignment assignment) {
        int start = assignment.getStart();
        int end = assignment.end();
        SpaceBrief space = assignment.getSpace();
        List<BlockedMinutes> blocked = new ArrayList<>();
        addBlocked(blocked, space, start, end);
        space.sharingFloor().forEach(other -> addBlocked(blocked, other, start, end));
        return new ProtocolJustification.SpaceUnavailable(
                assignment.getId(), space.id(), space.openingHours().minutesClosed(start, end), blocked);
    }

    private static void addBlocked(List<BlockedMinutes> blocked, SpaceBrief owner, int start, int end) {
        owner.blocks().stream()
                .filter(block -> block.overlap(start, end) > 0)
                .forEach(block -> blocked.add(
                        new BlockedMinutes(owner.id(), block.kind(), block.reason(), block.overlap(start, end))));
    }

    /** The event keeps its own window, its delegations' stay and the horizon. */
    Constraint eventWindow(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.windowMinutesBroken() > 0)
                .penalizeLong(HARD, EngagementAssignment::windowMinutesBroken)
                .justifyWith((assignment, score) -> {
                    int start = assignment.getStart();
                    int end = assignment.end();
                    List<BrokenBound> broken = assignment.getEngagement().window().brokenBounds(start, end).stream()
                            .map(bound -> new BrokenBound(
                                    bound.kind(), bound.delegationId(), bound.minutesBroken(start, end)))
                            .toList();
                    return new ProtocolJustification.OutsideWindow(assignment.getId(), broken);
                })
                .asConstraint(ConstraintId.EVENT_WINDOW.id());
    }

    /** The space has every feature the event requires. */
    Constraint requiredFeatures(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(assignment -> assignment.missingFeatureCount() > 0)
                .penalizeLong(HARD, EngagementAssignment::missingFeatureCount)
                .justifyWith((assignment, score) -> new ProtocolJustification.MissingFeatures(
                        assignment.getId(),
                        assignment.getSpace().id(),
                        assignment.getEngagement().needs().missingFeatures(assignment.getSpace())))
                .asConstraint(ConstraintId.REQUIRED_FEATURES.id());
    }

    /** The event keeps out of the spaces it excludes. */
    Constraint excludedSpace(ConstraintFactory factory) {
        return factory.forEach(EngagementAssignment.class)
                .filter(EngagementAssignment::isInExcludedSpace)
                .penalizeLong(HARD, assignment -> 1)
                .justifyWith((assignment, score) -> new ProtocolJustification.ExcludedSpaceUsed(
                        assignment.getId(), assignment.getSpace().id()))
                .asConstraint(ConstraintId.EXCLUDED_SPACE.id());
    }

    /** Delegations kept apart are never at one venue at the same time in two different events. */
    Constraint delegationSeparation(ConstraintFactory factory) {
        return factory.forEach(PossibleEncounter.class)
                .join(EngagementAssignment.class, equal(PossibleEncounter::first, EngagementAssignment::getEngagement))
                .join(
                        EngagementAssignment.class,
                        equal((encounter, first) -> encounter.second(), EngagementAssignment::getEngagement),
                        equal((encounter, first) -> first.venue(), EngagementAssignment::venue))
                .filter((encounter, first, second) -> first.overlapWith(second) > 0)
                .penalizeLong(HARD, (encounter, first, second) -> first.overlapWith(second))
                .indictWith((encounter, first, second) -> List.of(
                        first,
                        second,
                        encounter.separation().one(),
                        encounter.separation().other()))
                .justifyWith((encounter, first, second, score) -> new ProtocolJustification.SeparatedDelegationsMeet(
                        encounter.separation().one().id(),
                        encounter.separation().other().id(),
                        first.venue().id(),
                        first.getId(),
                        second.getId(),
                        first.overlapWith(second)))
                .asConstraint(ConstraintId.DELEGATION_SEPARATION.id());
    }

    /** An event that comes after another starts only once that one has ended. */
    Constraint eventOrder(ConstraintFactory factory) {
        return factory.forEach(Precedence.class)
                .join(EngagementAssignment.class, equal(Precedence::earlier, EngagementAssignment::getEngagement))
                .join(
                        EngagementAssignment.class,
                        equal((precedence, earlier) -> precedence.later(), EngagementAssignment::getEngagement))
                .filter((precedence, earlier, later) -> earlier.end() > later.getStart())
                .penalizeLong(HARD, (precedence, earlier, later) -> earlier.end() - later.getStart())
                .indictWith((precedence, earlier, later) -> List.of(earlier, later))
                .justifyWith((precedence, earlier, later, score) -> new ProtocolJustification.OrderBroken(
                        earlier.getId(), later.getId(), earlier.end() - later.getStart()))
                .asConstraint(ConstraintId.EVENT_ORDER.id());
    }

    /** An event left without a space or a start costs its priority. */
    Constraint unscheduledEvent(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(EngagementAssignment.class)
                .filter(assignment -> !assignment.isScheduled())
                .penalizeLong(MEDIUM, assignment -> assignment.getEngagement().priority())
                .justifyWith((assignment, score) -> new ProtocolJustification.Unscheduled(
                        assignment.getId(), assignment.getEngagement().priority()))
                .asConstraint(ConstraintId.UNSCHEDULED_EVENT.id());
    }
}
