package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.planning.fixtures.GeneratedPlans;
import org.protocolplanner.planning.fixtures.PlanDocumentFixtures;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.slf4j.LoggerFactory;

/** The solver configuration places a small summit without breaking a hard rule, and scores incrementally right. */
class ProtocolSolverTest {

    private static final String EVERYTHING_PLACED = "0hard/0medium/" + Long.MIN_VALUE + "soft";

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();

    @Test
    void placesEveryEngagementOfASmallSummitWithoutBreakingAHardRule() {
        PlanDocument plan = GeneratedPlans.summitWeek(7, 6, 12, 2);
        SolverConfig config = ProtocolSolverConfig.solving(Duration.ofSeconds(20));
        config.setTerminationConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(20)).withBestScoreLimit(EVERYTHING_PLACED));

        ProtocolSchedule best =
                SolverFactory.<ProtocolSchedule>create(config).buildSolver().solve(factory.create(plan));

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).isZero();
        SolutionDocument rescored = new ScheduleScorer().score(plan, placements(best));
        assertThat(rescored.score().hard()).isZero();
        assertThat(rescored.unassigned()).isEmpty();
        assertThat(rescored.score().soft()).isEqualTo(best.getScore().softScore());
    }

    /**
     * With move threads each move is redone on a thread's own copy of the plan: the custom moves must find
     * their engagements and spaces there. Step-limited, so it ends the same on a loaded machine.
     */
    @Test
    void placesEveryEngagementWithMoveThreads() {
        PlanDocument plan = GeneratedPlans.summitWeek(7, 6, 12, 2);
        SolverConfig config =
                ProtocolSolverConfig.solving(Duration.ofSeconds(20), 300L, SolverTuning.CHOSEN.withMoveThreads(2));

        ProtocolSchedule best =
                SolverFactory.<ProtocolSchedule>create(config).buildSolver().solve(factory.create(plan));

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).isZero();
        assertThat(new ScheduleScorer().score(plan, placements(best)).score().soft())
                .isEqualTo(best.getScore().softScore());
    }

    /**
     * The worked example has engagements that fit no space. OptaPlanner's random value selector warned
     * once per draw of such an engagement whose only value, "unscheduled", the changes refuse: tens of
     * thousands of lines in a 5 s solve. Local search's selectors now draw only placeable engagements.
     */
    @Test
    void drawsNoEngagementThatFitsNowhereSoTheSolverDoesNotFloodTheLog() {
        Logger optaPlanner = (Logger) LoggerFactory.getLogger("org.optaplanner");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        optaPlanner.addAppender(warnings);
        try {
            ProtocolSchedule example = factory.create(PlanDocumentFixtures.workedExample());
            assertThat(example.getAssignments())
                    .as("the example has an engagement that fits nowhere")
                    .anyMatch(assignment -> !PlaceableEngagements.isPlaceable(assignment));
            SolverConfig config = ProtocolSolverConfig.solving(Duration.ofSeconds(30), 2_000L);

            SolverFactory.<ProtocolSchedule>create(config).buildSolver().solve(example);

            assertThat(warnings.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains("Bailing out"));
        } finally {
            optaPlanner.detachAppender(warnings);
        }
    }

    @Test
    void keepsIncrementalScoresEqualToFullRecalculationUnderEveryLocalSearchMove() {
        ProtocolSchedule schedule = factory.create(GeneratedPlans.summitWeek(3, 4, 6, 2));
        placeAtRandom(schedule, new Random(3));
        SolverConfig config = ProtocolSolverConfig.scoring()
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(ProtocolSolverConfig.localSearch()
                        .withTerminationConfig(new TerminationConfig().withStepCountLimit(30)));

        HardMediumSoftLongScore score = SolverFactory.<ProtocolSchedule>create(config)
                .buildSolver()
                .solve(schedule)
                .getScore();

        assertThat(score)
                .as("FULL_ASSERT throws on any score corruption before this")
                .isNotNull();
    }

    /** Some engagements placed anywhere among their candidates, some left out: every kind of move applies. */
    private static void placeAtRandom(ProtocolSchedule schedule, Random random) {
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            var spaces = assignment.getCandidateSpaces();
            var starts = assignment.getCandidateStarts();
            if (!spaces.isEmpty() && random.nextInt(4) > 0) {
                assignment.place(spaces.get(random.nextInt((int) spaces.getSize())), starts.get(random.nextInt((int)
                        starts.getSize())));
            }
        }
    }

    private static Map<String, Placement> placements(ProtocolSchedule schedule) {
        Map<String, Placement> placements = new HashMap<>();
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            if (assignment.isScheduled()) {
                placements.put(
                        assignment.getId(),
                        new Placement(
                                assignment.getSpace().id(),
                                schedule.getHorizon().timeOf(assignment.getStart())));
            }
        }
        return placements;
    }
}
