package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolverFactory;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.tools.generator.GeneratedSummit;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/**
 * A re-solve of a published plan ends at hard 0 and moves at most two engagements beyond those forced to
 * move, after each kind of change an officer meets: a decline, a closure, a move by hand into a conflict,
 * a blackout, and an imported solution that breaks hard rules. The published plan is a generated summit's
 * witness (complete, no hard rule broken, and far from the best soft score, so that a re-solve has every
 * soft reason to move published engagements).
 *
 * <p>Forced, computed here from the rules and not from the solver: an engagement the change itself
 * unscheduled or put elsewhere than its published place, or one whose published place, with every other
 * engagement where the change left it, takes part in a broken hard rule that only its own move can mend
 * (a rule of the engagement alone, or one whose other engagements are all pinned). Moved: an engagement
 * with a published place that the solve's result does not keep there (unscheduled included). Every solve
 * ends on a local search step count, so that the figures are the same on any machine.
 */
class ReplanTest {

    private static final GeneratedSummit SUMMIT = SummitGenerator.generate(SummitOptions.of(24, 24, 4, 5));
    private static final long STEPS = 300;
    private static final ScheduleScorer SCORER = new ScheduleScorer();

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();

    @Test
    void afterADeclineOnlyTheDeclinedEngagementMoves() {
        EventDoc declined = bilaterals().get(0);
        String space = SUMMIT.witness().get(declined.id()).spaceId();
        PlanDocument plan = changeEvent(
                published(),
                declined.id(),
                event -> event(
                        event,
                        event.preferredSpaces().stream()
                                .filter(id -> !id.equals(space))
                                .toList(),
                        plus(event.excludedSpaces(), space),
                        event.pinned()));

        Replan replan = replan("decline", plan, SUMMIT.witness());

        assertThat(replan.forced()).contains(declined.id());
        replan.assertMovesOnlyWhatMust();
    }

    @Test
    void afterAClosureOnlyTheEngagementsInTheClosedHoursMove() {
        // A space with two bilateral engagements on one day, closed from the first one's start to the second's end.
        Map<String, List<EventDoc>> bySpaceAndDay = new LinkedHashMap<>();
        for (EventDoc event : bilaterals()) {
            Placement at = SUMMIT.witness().get(event.id());
            bySpaceAndDay
                    .computeIfAbsent(at.spaceId() + "@" + at.start().toLocalDate(), key -> new ArrayList<>())
                    .add(event);
        }
        List<EventDoc> closedOut = bySpaceAndDay.values().stream()
                .filter(events -> events.size() >= 2)
                .findFirst()
                .orElseThrow();
        Placement first = SUMMIT.witness().get(closedOut.get(0).id());
        LocalDateTime from = closedOut.stream()
                .map(event -> SUMMIT.witness().get(event.id()).start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDateTime until = closedOut.stream()
                .map(event -> end(event, SUMMIT.witness().get(event.id())))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        PlanDocument published = published();
        List<ClosureDoc> closures = new ArrayList<>(published.closures());
        closures.add(new ClosureDoc(first.spaceId(), from, until, "Security sweep", false));
        PlanDocument plan = new PlanDocument(
                published.name(),
                published.timeZone(),
                published.horizon(),
                published.travel(),
                published.venues(),
                published.delegations(),
                published.events(),
                closures,
                published.constraintWeights());

        Replan replan = replan("closure", plan, SUMMIT.witness());

        assertThat(replan.forced())
                .containsAll(closedOut.stream().map(EventDoc::id).toList());
        replan.assertMovesOnlyWhatMust();
    }

    @Test
    void afterAMoveByHandIntoAConflictAtMostTwoOthersMove() {
        EventDoc moved = bilaterals().get(1);
        EventDoc displaced = bilaterals().stream()
                .filter(event -> !event.delegations().equals(moved.delegations()))
                .skip(3)
                .findFirst()
                .orElseThrow();
        Map<String, Placement> byHand = new LinkedHashMap<>(SUMMIT.witness());
        byHand.put(moved.id(), SUMMIT.witness().get(displaced.id()));

        Replan replan = replan("move by hand", published(), byHand);

        assertThat(replan.forced()).contains(moved.id());
        replan.assertMovesOnlyWhatMust();
    }

    @Test
    void afterABlackoutOnlyTheEngagementInItMoves() {
        EventDoc blacked = bilaterals().get(5);
        Placement at = SUMMIT.witness().get(blacked.id());
        PlanDocument published = published();
        List<VenueDoc> venues = published.venues().stream()
                .map(venue -> new VenueDoc(
                        venue.id(),
                        venue.name(),
                        venue.lat(),
                        venue.lon(),
                        venue.securityGrade(),
                        venue.prestige(),
                        venue.spaces().stream()
                                .map(space -> !space.id().equals(at.spaceId())
                                        ? space
                                        : new SpaceDoc(
                                                space.id(),
                                                space.name(),
                                                space.capacity(),
                                                space.features(),
                                                space.turnoverMinutes(),
                                                space.open(),
                                                plus(
                                                        space.blackouts(),
                                                        new Period(
                                                                at.start().minusMinutes(30),
                                                                end(blacked, at).plusMinutes(30),
                                                                "Power works"))))
                                .toList()))
                .toList();
        PlanDocument plan = new PlanDocument(
                published.name(),
                published.timeZone(),
                published.horizon(),
                published.travel(),
                venues,
                published.delegations(),
                published.events(),
                published.closures(),
                published.constraintWeights());

        Replan replan = replan("blackout", plan, SUMMIT.witness());

        assertThat(replan.forced()).contains(blacked.id());
        replan.assertMovesOnlyWhatMust();
    }

    @Test
    void afterImportingASolutionThatBreaksHardRulesAtMostTwoOthersMove() {
        List<EventDoc> bilaterals = bilaterals();
        Map<String, Placement> imported = new LinkedHashMap<>(SUMMIT.witness());
        // Two engagements onto others' places, one an hour earlier than published, one left out.
        imported.put(
                bilaterals.get(2).id(), SUMMIT.witness().get(bilaterals.get(9).id()));
        imported.put(
                bilaterals.get(4).id(), SUMMIT.witness().get(bilaterals.get(12).id()));
        Placement early = SUMMIT.witness().get(bilaterals.get(6).id());
        imported.put(
                bilaterals.get(6).id(),
                new Placement(early.spaceId(), early.start().minusHours(1)));
        imported.remove(bilaterals.get(7).id());

        Replan replan = replan("imported solution", published(), imported);

        assertThat(replan.forced())
                .contains(
                        bilaterals.get(2).id(),
                        bilaterals.get(4).id(),
                        bilaterals.get(6).id(),
                        bilaterals.get(7).id());
        replan.assertMovesOnlyWhatMust();
    }

    /** The result of one re-solve, and what the test computed about its start. */
    private record Replan(
            String change,
            HardMediumSoftLongScore startScore,
            Set<String> forced,
            HardMediumSoftLongScore endScore,
            Set<String> moved) {

        void assertMovesOnlyWhatMust() {
            Set<String> beyond = new TreeSet<>(moved);
            beyond.removeAll(forced);
            System.out.printf(
                    "Re-plan after a %s: start %s, end %s; forced %d %s, moved %d, beyond forced %d %s%n",
                    change, startScore, endScore, forced.size(), forced, moved.size(), beyond.size(), beyond);
            assertThat(startScore.hardScore())
                    .as("the change breaks a hard rule")
                    .isNegative();
            assertThat(endScore.hardScore()).isZero();
            assertThat(endScore.mediumScore())
                    .as("every engagement placed again")
                    .isZero();
            assertThat(beyond).as("moved beyond those forced").hasSizeLessThanOrEqualTo(2);
        }
    }

    private Replan replan(String change, PlanDocument plan, Map<String, Placement> start) {
        ProtocolSchedule schedule = factory.create(plan, start);
        HardMediumSoftLongScore startScore = SCORER.explain(schedule).getScore();
        Set<String> forced = forced(plan, start);
        ProtocolSchedule best = SolverFactory.<ProtocolSchedule>create(
                        ProtocolSolverConfig.solving(Duration.ofMinutes(2), STEPS))
                .buildSolver()
                .solve(schedule);
        Set<String> moved = new TreeSet<>();
        for (EngagementAssignment assignment : best.getAssignments()) {
            Placement published = published(plan, assignment.getId());
            if (published != null && !published.equals(placement(best, assignment))) {
                moved.add(assignment.getId());
            }
        }
        return new Replan(change, startScore, forced, best.getScore(), moved);
    }

    /** The definition in the class comment, from the start's broken hard matches. */
    private Set<String> forced(PlanDocument plan, Map<String, Placement> start) {
        Set<String> forced = new TreeSet<>();
        for (EventDoc event : plan.events()) {
            if (event.published() != null && !event.published().equals(start.get(event.id()))) {
                forced.add(event.id());
            }
        }
        ProtocolSchedule scored = factory.create(plan, start);
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
                SCORER.explain(scored).getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() == 0) {
                    continue;
                }
                List<EngagementAssignment> involved = match.getIndictedObjectList().stream()
                        .filter(EngagementAssignment.class::isInstance)
                        .map(EngagementAssignment.class::cast)
                        .distinct()
                        .toList();
                List<EngagementAssignment> movable =
                        involved.stream().filter(a -> !a.isPinned()).toList();
                if (movable.size() == 1) {
                    forced.add(movable.get(0).getId());
                }
            }
        }
        return forced;
    }

    /** The summit published as its witness places it. */
    private static PlanDocument published() {
        PlanDocument plan = SUMMIT.plan();
        List<EventDoc> events = plan.events().stream()
                .map(event -> new EventDoc(
                        event.id(),
                        event.title(),
                        event.type(),
                        event.delegations(),
                        event.headcount(),
                        event.layout(),
                        event.durationMinutes(),
                        event.requiredFeatures(),
                        event.minSecurityGrade(),
                        event.earliestStart(),
                        event.latestEnd(),
                        event.preferredSpaces(),
                        event.excludedSpaces(),
                        event.priority(),
                        event.after(),
                        event.pinned(),
                        SUMMIT.witness().get(event.id()),
                        event.confidential()))
                .toList();
        return new PlanDocument(
                plan.name(),
                plan.timeZone(),
                plan.horizon(),
                plan.travel(),
                plan.venues(),
                plan.delegations(),
                events,
                plan.closures(),
                plan.constraintWeights());
    }

    /** Engagements of one delegation with the host, in document order: a change to one of them is local. */
    private static List<EventDoc> bilaterals() {
        return SUMMIT.plan().events().stream()
                .filter(event ->
                        event.delegations().size() == 1 && SUMMIT.witness().containsKey(event.id()))
                .toList();
    }

    private static PlanDocument changeEvent(PlanDocument plan, String id, UnaryOperator<EventDoc> change) {
        List<EventDoc> events = plan.events().stream()
                .map(event -> event.id().equals(id) ? change.apply(event) : event)
                .toList();
        return new PlanDocument(
                plan.name(),
                plan.timeZone(),
                plan.horizon(),
                plan.travel(),
                plan.venues(),
                plan.delegations(),
                events,
                plan.closures(),
                plan.constraintWeights());
    }

    private static EventDoc event(EventDoc event, List<String> preferred, List<String> excluded, Placement pinned) {
        return new EventDoc(
                event.id(),
                event.title(),
                event.type(),
                event.delegations(),
                event.headcount(),
                event.layout(),
                event.durationMinutes(),
                event.requiredFeatures(),
                event.minSecurityGrade(),
                event.earliestStart(),
                event.latestEnd(),
                preferred,
                excluded,
                event.priority(),
                event.after(),
                pinned,
                event.published(),
                event.confidential());
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }

    private static LocalDateTime end(EventDoc event, Placement at) {
        return at.start().plusMinutes(event.durationMinutes());
    }

    private static Placement published(PlanDocument plan, String id) {
        return plan.events().stream()
                .filter(event -> event.id().equals(id))
                .map(EventDoc::published)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Placement placement(ProtocolSchedule schedule, EngagementAssignment assignment) {
        return assignment.isScheduled()
                ? new Placement(
                        assignment.getSpace().id(), schedule.getHorizon().timeOf(assignment.getStart()))
                : null;
    }
}
