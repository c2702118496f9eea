package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.planning.constraints.ProtocolJustification;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Plans in which not everything fits, each with a known best answer: the solver keeps every hard rule
 * and leaves out the least summed priority it can, and the solution document and the score explanation
 * name the engagements left out. Each solve stops as soon as it reaches the known best medium score
 * (the limit cannot be beaten, so reaching it is finding the answer), or fails after a few seconds.
 */
class OverConstrainedPlanTest {

    private final ScheduleScorer scorer = new ScheduleScorer();

    @Test
    void keepsTheMostImportantOfThreeEngagementsThatWantTheOnlyHourOfTheOnlySpace() {
        PlanDocument plan = plan("09:00", "10:00", List.of(), """
                %s, %s, %s""".formatted(
                        event("talks-low", 60, 3, ""), event("talks-high", 60, 7, ""), event("talks-mid", 60, 5, "")));

        SolutionDocument solution = solveTo(plan, -8);

        assertThat(solution.score().hard()).isZero();
        assertThat(solution.assignments()).extracting(AssignmentDoc::eventId).containsExactly("talks-high");
        assertThat(solution.unassigned()).containsExactlyInAnyOrder("talks-low", "talks-mid");
    }

    @Test
    void leavesOutTheLeastImportantEngagementsOfADelegationWithOneFreeHour() {
        // Two spaces, but the delegation stays for one hour only: one of its three engagements fits.
        String stay = "\"delegations\": [\"del-ke\"], ";
        PlanDocument plan = plan("08:00", "18:00", List.of("del-ke"), """
                %s, %s, %s""".formatted(
                        event("welcome", 60, 2, stay), event("talks", 60, 6, stay), event("signing", 60, 4, stay)));

        SolutionDocument solution = solveTo(plan, -6);

        assertThat(solution.score().hard()).isZero();
        assertThat(solution.unassigned()).containsExactlyInAnyOrder("welcome", "signing");
        assertThat(unscheduledInExplanation(plan, solution)).containsExactlyInAnyOrder("welcome", "signing");
    }

    @Test
    void givesUpOneLongEngagementForTwoShorterOnesThatTogetherWeighMore() {
        // Construction places the most important first: the 120 minutes go to the long talks (medium -8).
        // The best answer leaves them out for the two shorter ones (medium -5).
        PlanDocument plan = plan("09:00", "11:00", List.of(), """
                %s, %s, %s""".formatted(
                        event("talks-long", 120, 5, ""), event("briefing", 60, 4, ""), event("signing", 60, 4, "")));

        SolutionDocument solution = solveTo(plan, -5);

        assertThat(solution.score().hard()).isZero();
        assertThat(solution.assignments())
                .extracting(AssignmentDoc::eventId)
                .containsExactlyInAnyOrder("briefing", "signing");
        assertThat(solution.unassigned()).containsExactly("talks-long");
    }

    @Test
    void repairTakesOutTheLessImportantOfTwoEngagementsSharingTheRoom() {
        PlanDocument plan = plan("09:00", "10:00", List.of(), """
                %s, %s""".formatted(
                        event("talks-low", 60, 3, ""), event("talks-high", 60, 7, "")));
        ProtocolSchedule clashing = new ProtocolScheduleFactory()
                .create(
                        plan,
                        Map.of(
                                "talks-low", new Placement("room-1", LocalDateTime.parse("2026-09-01T09:00")),
                                "talks-high", new Placement("room-1", LocalDateTime.parse("2026-09-01T09:00"))));
        SolverConfig repairOnly = ProtocolSolverConfig.scoring()
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new HardRuleRepair()));

        ProtocolSchedule repaired =
                SolverFactory.<ProtocolSchedule>create(repairOnly).buildSolver().solve(clashing);

        assertThat(repaired.getScore().hardScore()).isZero();
        assertThat(repaired.getScore().mediumScore()).isEqualTo(-3);
    }

    private SolutionDocument solveTo(PlanDocument plan, long bestMedium) {
        SolverConfig config = ProtocolSolverConfig.solving(Duration.ofSeconds(3))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(3))
                        .withBestScoreLimit("0hard/" + bestMedium + "medium/" + Long.MIN_VALUE + "soft"));
        TimedSolve.Outcome outcome = TimedSolve.run(config, new ProtocolScheduleFactory().create(plan));
        assertThat(outcome.best().getScore().mediumScore()).isEqualTo(bestMedium);
        return scorer.document(outcome.best(), outcome.solvingInfo());
    }

    /** The engagements the explanation's unscheduled-event matches name, from a rescoring of the document. */
    private List<String> unscheduledInExplanation(PlanDocument plan, SolutionDocument solution) {
        ProtocolSchedule schedule = new ProtocolScheduleFactory()
                .create(
                        plan,
                        solution.assignments().stream()
                                .collect(Collectors.toMap(
                                        AssignmentDoc::eventId, a -> new Placement(a.spaceId(), a.start()))));
        return scorer.explain(schedule).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getConstraintName().equals(ConstraintId.UNSCHEDULED_EVENT.id()))
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .map(ConstraintMatch<HardMediumSoftLongScore>::getJustification)
                .map(justification -> ((ProtocolJustification.Unscheduled) justification).eventId())
                .toList();
    }

    /**
     * One venue with one meeting room open {@code from}-{@code to} on 2026-09-01 (two rooms when a
     * delegation is given, whose stay is 09:00-10:00), and the given events.
     */
    private static PlanDocument plan(String from, String to, List<String> delegations, String events) {
        String rooms = delegations.isEmpty()
                ? room("room-1", from, to)
                : room("room-1", from, to) + ", " + room("room-2", from, to);
        String delegationDocs = delegations.isEmpty() ? "" : """
                { "id": "del-ke", "name": "Republic of Kenya", "headRank": "MINISTER", "size": 10,
                  "arrival": "2026-09-01T09:00", "departure": "2026-09-01T10:00" }""";
        String json = """
                { "format": "protocol-planner/plan", "version": 1, "name": "Crowded day",
                  "horizon": { "start": "2026-09-01T00:00", "end": "2026-09-02T00:00" },
                  "venues": [ { "id": "guesthouse", "name": "Guesthouse", "lat": 39.93, "lon": 116.31,
                                "securityGrade": "A", "spaces": [ %s ] } ],
                  "delegations": [ %s ],
                  "events": [ %s ] }""".formatted(rooms, delegationDocs, events);
        return new PlanDocumentReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String room(String id, String from, String to) {
        return """
                { "id": "%s", "name": "Meeting room", "capacity": { "ROUNDTABLE": 20 },
                  "open": [ { "from": "%s", "to": "%s" } ] }""".formatted(id, from, to);
    }

    private static String event(String id, int minutes, int priority, String attendance) {
        return """
                { "id": "%s", "title": "%s", "type": "BILATERAL_TALKS", %s"headcount": 10,
                  "layout": "ROUNDTABLE", "durationMinutes": %d, "priority": %d }""".formatted(id, id, attendance, minutes, priority);
    }
}
