package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;
import org.optaplanner.core.api.solver.event.SolverEventListener;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * Every new best score of one solve with the seconds since the solve started, so that one run answers
 * "when was it first feasible", "when was everything placed" and "what was the score after 10 s".
 * The solver calls it on its own thread; the trace is read once the solve has returned.
 */
public final class BestScoreTrace implements SolverEventListener<ProtocolSchedule> {

    /** A new best score and when it was found. */
    public record Improvement(double seconds, HardMediumSoftLongScore score) {}

    private final long startNanos;
    private final List<Improvement> improvements = new ArrayList<>();

    /** @param startNanos {@link System#nanoTime()} when the solve started */
    BestScoreTrace(long startNanos) {
        this.startNanos = startNanos;
    }

    @Override
    public void bestSolutionChanged(BestSolutionChangedEvent<ProtocolSchedule> event) {
        improvements.add(new Improvement(secondsSince(startNanos), (HardMediumSoftLongScore) event.getNewBestScore()));
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public List<Improvement> improvements() {
        return Collections.unmodifiableList(improvements);
    }

    /** When the best solution first broke no hard rule; null if it never did. */
    public Double secondsToFeasible() {
        return improvements.stream()
                .filter(i -> i.score().hardScore() == 0)
                .map(Improvement::seconds)
                .findFirst()
                .orElse(null);
    }

    /** When the best solution first broke no hard rule with every engagement placed; null if it never did. */
    public Double secondsToComplete() {
        return improvements.stream()
                .filter(i -> i.score().hardScore() == 0 && i.score().mediumScore() == 0)
                .map(Improvement::seconds)
                .findFirst()
                .orElse(null);
    }

    /** The best score known {@code seconds} after the start; null before the first best solution. */
    public HardMediumSoftLongScore scoreAt(double seconds) {
        HardMediumSoftLongScore score = null;
        for (Improvement improvement : improvements) {
            if (improvement.seconds() > seconds) {
                break;
            }
            score = improvement.score();
        }
        return score;
    }
}
