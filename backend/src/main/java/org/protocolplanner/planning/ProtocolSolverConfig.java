package org.protocolplanner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.protocolplanner.planning.constraints.ProtocolConstraintProvider;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * The solver configuration, built in code: the OptaPlanner Spring starter does not run on Boot 4
 * (docs/decisions/0039-solver-configuration-in-code.md), and a configuration in code is checked by the compiler.
 */
public final class ProtocolSolverConfig {

    /**
     * Places tried at most per engagement in the construction heuristic, in random order; it takes the
     * first that makes the score no worse (for an unscheduled engagement: one that breaks no hard rule),
     * or the best of those tried. Trying every space and start costs over 100,000 score calculations per
     * engagement on a week of 1,000 spaces, and each move of a plenary that sixty delegations attend
     * updates hundreds of joined pairs: exhaustive construction of the multilateral engagements alone
     * did not finish in 30 s on the 60-delegation benchmark
     * (docs/decisions/0030-construction-places-multilaterals-first.md).
     */
    static final long CONSTRUCTION_SAMPLE = 100;
    /**
     * The same for the multilateral engagements, placed first: few, but each needs a moment at which all
     * its delegations are in town and a large hall is open, so more places are worth a try.
     */
    static final long MULTILATERAL_SAMPLE = 1000;
    /**
     * The share of the time limit construction may spend weighing places; past it, the rest is placed at
     * the first random place that breaks no rule ({@link QualityConstruction}).
     */
    static final int CONSTRUCTION_SHARE = 2;
    /** A step-limited local search that finds nothing better for this long is stuck (see below). */
    static final Duration STUCK_LIMIT = Duration.ofSeconds(3);

    private static final String PLACED_ENTITY = "placedEngagement";
    private static final String MOVED_ENTITY = "movedEngagement";

    private ProtocolSolverConfig() {}

    /** The domain and the rules, without phases: enough to score and explain a schedule. */
    public static SolverConfig scoring() {
        return new SolverConfig()
                .withSolutionClass(ProtocolSchedule.class)
                .withEntityClasses(EngagementAssignment.class)
                .withConstraintProviderClass(ProtocolConstraintProvider.class)
                // Only Bavet is on the classpath (Drools is excluded in the pom): say so, not rely on the default.
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    /**
     * Solving for at most {@code timeLimit} as {@link SolverTuning#CHOSEN} searches. Construction places
     * every engagement at the best of a few places chosen for it ({@link QualityConstruction}); then a repair
     * takes out engagements that still break a hard rule ({@link HardRuleRepair}). Local search is late
     * acceptance over moves to nearby places ({@link NearbyPlaces}), moves of time, of space, of both at
     * once, swaps, and placements of unscheduled engagements that make room for them
     * ({@link UnscheduledPlacements}); none of them leaves out a scheduled multilateral engagement: the
     * changes never draw "unscheduled" and the swaps are filtered ({@link MultilateralsStayScheduled}). A
     * re-plan (a plan with published places) holds what need not move before construction and may widen
     * that after it ({@link ReplanScope}); for any other plan those two phases do nothing.
     */
    public static SolverConfig solving(Duration timeLimit) {
        return solving(timeLimit, null);
    }

    /**
     * The same, with local search ending after {@code stepLimit} steps unless time runs out first: with
     * the solver's fixed random seed, a solve that ends on steps is reproducible, one that ends on time is
     * not (how far it gets depends on the machine's load). It also ends when it has found no better plan
     * for {@link #STUCK_LIMIT}: with few engagements free (a re-plan holds the rest) and construction
     * already at their best places, late acceptance may accept no move at all: a step that accepts none
     * never ends, and nothing changes meanwhile.
     *
     * @param stepLimit null to end on time only
     */
    public static SolverConfig solving(Duration timeLimit, Long stepLimit) {
        return solving(timeLimit, stepLimit, SolverTuning.CHOSEN);
    }

    /** The same, searching as {@code tuning} says: the benchmark compares tunings this way. */
    public static SolverConfig solving(Duration timeLimit, Long stepLimit, SolverTuning tuning) {
        LocalSearchPhaseConfig localSearch = localSearch(tuning);
        if (stepLimit != null) {
            localSearch.withTerminationConfig(new TerminationConfig()
                    .withStepCountLimit(Math.toIntExact(stepLimit))
                    .withUnimprovedSpentLimit(STUCK_LIMIT));
        }
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new ReplanScope.Hold()));
        if (tuning.qualityConstruction()) {
            // One phase: OptaPlanner starts each phase from the best solution so far, and a construction
            // that still breaks a hard rule scores below the empty plan (nothing placed breaks none) until
            // the repair has run.
            phases.add(new CustomPhaseConfig()
                    .withCustomPhaseCommands(
                            new QualityConstruction(timeLimit.dividedBy(CONSTRUCTION_SHARE)),
                            new ReplanScope.Widen(),
                            new HardRuleRepair()));
        } else {
            phases.add(construction(PlaceableEngagements.Multilateral.class, MULTILATERAL_SAMPLE));
            phases.add(construction(PlaceableEngagements.class, CONSTRUCTION_SAMPLE));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new ReplanScope.Widen()));
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new HardRuleRepair()));
        }
        phases.add(localSearch);
        return scoring()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withMoveThreadCount(
                        tuning.moveThreadCount() == 0
                                ? SolverConfig.MOVE_THREAD_COUNT_NONE
                                : String.valueOf(tuning.moveThreadCount()))
                .withPhases(phases.toArray(PhaseConfig[]::new));
    }

    /**
     * Each engagement at the first sampled place that makes the score no worse, else at the best sampled.
     * Taking the best of the sample, null included, costs 100 score calculations per engagement; on
     * OptaPlanner's 400-meeting dataset that is most of the 15 s to a complete plan, where first-feasible
     * reaches it in 5 s (docs/decisions/0031-first-feasible-construction.md).
     *
     * @param filter      which engagements to place (of those still unscheduled)
     * @param sampleLimit places tried at most per engagement
     */
    private static ConstructionHeuristicPhaseConfig construction(
            Class<? extends SelectionFilter<ProtocolSchedule, EngagementAssignment>> filter, long sampleLimit) {
        EntitySelectorConfig byDifficulty = new EntitySelectorConfig(EngagementAssignment.class)
                .withId(PLACED_ENTITY)
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY)
                .withFilterClass(filter);
        CartesianProductMoveSelectorConfig places = spaceAndStart(
                        new EntitySelectorConfig().withMimicSelectorRef(PLACED_ENTITY), PLACED_ENTITY)
                .withSelectionOrder(SelectionOrder.RANDOM)
                .withSelectedCountLimit(sampleLimit);
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(byDifficulty)
                        .withMoveSelectorConfigs(places))
                .withForagerConfig(new ConstructionHeuristicForagerConfig()
                        .withPickEarlyType(ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE));
    }

    static LocalSearchPhaseConfig localSearch() {
        return localSearch(SolverTuning.CHOSEN);
    }

    /**
     * Each kind of move is drawn as often as each other, except the nearby places, drawn
     * {@link SolverTuning#nearbyWeight()} times as often as one other kind.
     */
    static LocalSearchPhaseConfig localSearch(SolverTuning tuning) {
        List<MoveSelectorConfig> kinds = new ArrayList<>(List.of(
                change(EngagementAssignment.START_VARIABLE),
                change(EngagementAssignment.SPACE_VARIABLE),
                spaceAndStart(placeable().withId(MOVED_ENTITY), MOVED_ENTITY),
                new SwapMoveSelectorConfig().withFilterClass(MultilateralsStayScheduled.class),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(UnscheduledPlacements.class)));
        kinds.forEach(kind -> kind.setFixedProbabilityWeight(1.0));
        if (tuning.nearbyWeight() > 0) {
            kinds.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(NearbyPlaces.class)
                    .withFixedProbabilityWeight(tuning.nearbyWeight()));
        }
        UnionMoveSelectorConfig moves =
                new UnionMoveSelectorConfig().withMoveSelectors(kinds.toArray(MoveSelectorConfig[]::new));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(tuning.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Changes of one variable to another value, never to none. Taking engagements out is left to the swaps
     * with unscheduled ones and to {@link UnscheduledPlacements}, which trade them for others at once. A
     * move filter that refused only the multilateral ones cost 40% of a 30 s solve of the 120-delegation
     * summit: OptaPlanner sizes a filtered selector at every step, reading every engagement's candidates
     * (docs/decisions/0033-late-acceptance-local-search.md).
     */
    private static ChangeMoveSelectorConfig change(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(placeable())
                .withValueSelectorConfig(new ValueSelectorConfig(variable).withFilterClass(AssignedValues.class));
    }

    /**
     * Engagements a change can place ({@link PlaceableEngagements}). An entity filter, unlike a move
     * filter, sizes its selector by counting engagements, not by reading their candidate ranges.
     */
    private static EntitySelectorConfig placeable() {
        return new EntitySelectorConfig(EngagementAssignment.class).withFilterClass(PlaceableEngagements.class);
    }

    /**
     * One engagement to another space at another start in one move, never to none: most free places need
     * both.
     *
     * @param entity    selects the engagement (or mimics the placer's selection)
     * @param mimickedId the id of the selection the start change follows, so both changes move one engagement
     */
    private static CartesianProductMoveSelectorConfig spaceAndStart(EntitySelectorConfig entity, String mimickedId) {
        return new CartesianProductMoveSelectorConfig()
                .withMoveSelectors(
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(entity)
                                .withValueSelectorConfig(new ValueSelectorConfig(EngagementAssignment.SPACE_VARIABLE)
                                        .withFilterClass(AssignedValues.class)),
                        new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(mimickedId))
                                .withValueSelectorConfig(new ValueSelectorConfig(EngagementAssignment.START_VARIABLE)
                                        .withFilterClass(AssignedValues.class)));
    }
}
