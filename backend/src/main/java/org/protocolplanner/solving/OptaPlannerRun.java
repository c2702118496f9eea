package org.protocolplanner.solving;

import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * One OptaPlanner solver for one solve, and the only class of this module that reaches into OptaPlanner's
 * internals (its {@code impl} packages, which may change in any release): the ends of phases, the time
 * spent and the score calculations so far, none of which the public API offers while solving.
 */
final class OptaPlannerRun {

    /** Told, on the solver's thread, of each better solution; {@code best} is not to be kept beyond the call. */
    interface BestListener {

        /**
         * @param phaseEnded the solution a phase ended with, better than the one it started from; the
         *                   solver announces these only when they are also new bests of the local search
         */
        void newBest(ProtocolSchedule best, HardMediumSoftLongScore score, long timeSpentMs, boolean phaseEnded);
    }

    private final DefaultSolver<ProtocolSchedule> solver;

    private OptaPlannerRun(DefaultSolver<ProtocolSchedule> solver) {
        this.solver = solver;
    }

    /** A solver as {@link ProtocolSolverConfig#solving} configures it, telling {@code listener}. */
    static OptaPlannerRun build(Duration timeLimit, Long stepLimit, BestListener listener) {
        Solver<ProtocolSchedule> built = SolverFactory.<ProtocolSchedule>create(
                        ProtocolSolverConfig.solving(timeLimit, stepLimit))
                .buildSolver();
        if (!(built instanceof DefaultSolver<ProtocolSchedule> solver)) {
            throw new IllegalStateException(
                    "OptaPlanner built an unknown solver: " + built.getClass().getName());
        }
        solver.addEventListener(event -> listener.newBest(
                event.getNewBestSolution(),
                (HardMediumSoftLongScore) event.getNewBestScore(),
                event.getTimeMillisSpent(),
                false));
        followPhaseEnds(solver, listener);
        return new OptaPlannerRun(solver);
    }

    /**
     * The solver announces no best found by construction when the plan it started from counted as
     * complete, which it always does here (an engagement may stay unscheduled): the end of each phase
     * is therefore also told when it improved on the phase's start.
     */
    private static void followPhaseEnds(DefaultSolver<ProtocolSchedule> solver, BestListener listener) {
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<ProtocolSchedule> phase) {
                SolverScope<ProtocolSchedule> scope = phase.getSolverScope();
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) scope.getBestScore();
                if (score.compareTo((HardMediumSoftLongScore) phase.getStartingScore()) > 0) {
                    listener.newBest(scope.getBestSolution(), score, scope.calculateTimeMillisSpentUpToNow(), true);
                }
            }
        });
    }

    /** Solves until the time or step limit, or until {@link #terminateEarly}; the best solution found. */
    ProtocolSchedule solve(ProtocolSchedule problem) {
        return solver.solve(problem);
    }

    /** Asks the solver to end soon with its best; one that has not begun {@code solve} forgets this. */
    void terminateEarly() {
        solver.terminateEarly();
    }

    /** Solving time when the solve has ended. */
    long timeSpentMs() {
        return solver.getTimeMillisSpent();
    }

    /**
     * Score calculations per second so far. OptaPlanner's public API has none; its solver keeps the
     * count (its own speed figure is only defined once solving has ended).
     */
    long scoreCalculationSpeed() {
        SolverScope<ProtocolSchedule> scope = solver.getSolverScope();
        return scope.getScoreCalculationCount() * 1000 / Math.max(1, scope.calculateTimeMillisSpentUpToNow());
    }
}
