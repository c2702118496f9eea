package org.protocolplanner.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.protocolplanner.exchange.SolutionDocument.SolvingInfo;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * One solve with its clock: the best schedule, the trace of best scores, the seconds spent and the
 * score calculations made. The command line and the benchmark use it; time is measured from the call.
 */
public final class TimedSolve {

    /**
     * @param terminatedBy why the solve stopped: {@code BEST_SCORE_LIMIT} when the configured limit was
     *                     reached, {@code TIME_LIMIT} otherwise
     */
    public record Outcome(
            ProtocolSchedule best,
            BestScoreTrace trace,
            double seconds,
            long scoreCalculationCount,
            String terminatedBy) {

        /** Score calculations per second over the whole solve, construction included. */
        public long scoreCalculationSpeed() {
            return seconds <= 0 ? 0 : Math.round(scoreCalculationCount / seconds);
        }

        /**
         * When the best solution first broke no hard rule. With engagements that may stay unscheduled the
         * starting solution already does, and the solver announces no new best while it only keeps that
         * one: a feasible best with no feasible improvement was feasible from the start.
         */
        public Double secondsToFeasible() {
            Double traced = trace.secondsToFeasible();
            return traced == null && best.getScore().hardScore() == 0 ? Double.valueOf(0) : traced;
        }

        public SolvingInfo solvingInfo() {
            return new SolvingInfo(seconds, secondsToFeasible(), scoreCalculationCount, terminatedBy);
        }
    }

    private TimedSolve() {}

    public static Outcome run(SolverConfig config, ProtocolSchedule problem) {
        Solver<ProtocolSchedule> solver =
                SolverFactory.<ProtocolSchedule>create(config).buildSolver();
        long start = System.nanoTime();
        BestScoreTrace trace = new BestScoreTrace(start);
        solver.addEventListener(trace);
        ProtocolSchedule best = solver.solve(problem);
        double seconds = BestScoreTrace.secondsSince(start);
        return new Outcome(
                best,
                trace,
                seconds,
                scoreCalculationCount(solver),
                reachedScoreLimit(config, best.getScore()) ? "BEST_SCORE_LIMIT" : "TIME_LIMIT");
    }

    /** The public Solver API does not expose the count; the default implementation's scope does. */
    private static long scoreCalculationCount(Solver<ProtocolSchedule> solver) {
        return ((DefaultSolver<ProtocolSchedule>) solver).getSolverScope().getScoreCalculationCount();
    }

    private static boolean reachedScoreLimit(SolverConfig config, HardMediumSoftLongScore best) {
        String limit = config.getTerminationConfig() == null
                ? null
                : config.getTerminationConfig().getBestScoreLimit();
        return limit != null && best.compareTo(HardMediumSoftLongScore.parseScore(limit)) >= 0;
    }
}
