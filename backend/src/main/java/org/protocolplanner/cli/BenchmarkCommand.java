package org.protocolplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.protocolplanner.plan.exchange.PlanDocument;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.TimedSolve;

/**
 * {@code benchmark FILES --runs R --seconds N}: solves each problem document R times for N seconds and
 * prints, per run and as the median with its range over the runs: seconds to hard 0, seconds to hard 0
 * with nothing unscheduled, the hard, medium and soft score after 10 s and at the end, and the
 * score-calculation speed. Run r solves with random seed r, so the runs differ by more than timing.
 */
final class BenchmarkCommand {

    static final String USAGE = "benchmark PLAN.json... --runs R --seconds N";
    /** The intermediate score the benchmark reports: after 10 s, to show what longer solving buys. */
    static final double CHECKPOINT_SECONDS = 10;

    private record Run(TimedSolve.Outcome outcome) {

        Double toFeasible() {
            return outcome.secondsToFeasible();
        }

        Double toComplete() {
            return outcome.trace().secondsToComplete();
        }

        HardMediumSoftLongScore atCheckpoint() {
            return outcome.trace().scoreAt(CHECKPOINT_SECONDS);
        }

        HardMediumSoftLongScore atEnd() {
            return outcome.best().getScore();
        }
    }

    private BenchmarkCommand() {
    }

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("runs", "seconds"));
        if (arguments.positional().isEmpty()) {
            throw new UsageException("benchmark needs at least one plan document");
        }
        int runs = arguments.requiredInt("runs");
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1: " + runs);
        }
        int seconds = arguments.requiredSeconds("seconds");
        PlanFiles files = new PlanFiles();
        // Read every document before solving any, so a malformed one fails at once, not after minutes.
        List<PlanDocument> plans = arguments.positional().stream().map(file -> files.read(Path.of(file))).toList();
        for (int i = 0; i < plans.size(); i++) {
            benchmark(arguments.positional().get(i), plans.get(i), runs, seconds, out);
        }
    }

    private static void benchmark(String file, PlanDocument plan, int runs, int seconds, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d engagements, %d spaces, %d runs of %d s%n", file, plan.events().size(),
                plan.venues().stream().mapToInt(venue -> venue.spaces().size()).sum(), runs, seconds);
        out.println("  run  to hard 0 s  to complete s  at 10 s (hard/medium/soft)  at end (hard/medium/soft)"
                + "  score calculations/s");
        ProtocolScheduleFactory factory = new ProtocolScheduleFactory();
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            var config = ProtocolSolverConfig.solving(Duration.ofSeconds(seconds)).withRandomSeed((long) run);
            Run result = new Run(TimedSolve.run(config, factory.create(plan)));
            results.add(result);
            out.printf(Locale.ROOT, "  %3d  %11s  %13s  %26s  %25s  %20d%n", run, seconds(result.toFeasible()),
                    seconds(result.toComplete()), score(result.atCheckpoint()), score(result.atEnd()),
                    result.outcome().scoreCalculationSpeed());
        }
        out.println("  median [min-max] over " + runs + " runs:");
        out.println("    seconds to hard 0:                   " + spread(results, Run::toFeasible, "%.2f"));
        out.println("    seconds to hard 0, all placed:       " + spread(results, Run::toComplete, "%.2f"));
        printLevels(out, "at 10 s", results, Run::atCheckpoint);
        printLevels(out, "at end", results, Run::atEnd);
        out.println("    score calculations/s:                "
                + spread(results, r -> (double) r.outcome().scoreCalculationSpeed(), "%.0f"));
    }

    private static void printLevels(PrintStream out, String when, List<Run> results,
            Function<Run, HardMediumSoftLongScore> score) {
        out.printf(Locale.ROOT, "    %-8s hard %s  medium %s  soft %s%n", when,
                spread(results, r -> level(score.apply(r), HardMediumSoftLongScore::hardScore), "%.0f"),
                spread(results, r -> level(score.apply(r), HardMediumSoftLongScore::mediumScore), "%.0f"),
                spread(results, r -> level(score.apply(r), HardMediumSoftLongScore::softScore), "%.0f"));
    }

    /** Null (printed "never") when no best solution was announced yet, for example still in construction at 10 s. */
    private static Double level(HardMediumSoftLongScore score, Function<HardMediumSoftLongScore, Long> level) {
        return score == null ? null : (double) level.apply(score);
    }

    private static String spread(List<Run> results, Function<Run, Double> figure, String pattern) {
        return new Spread(results.stream().map(figure).toList()).format(pattern);
    }

    /** "none" while the solver has announced no best solution yet (construction still running). */
    private static String score(HardMediumSoftLongScore score) {
        return score == null ? "none" : score.toString();
    }

    private static String seconds(Double seconds) {
        return seconds == null ? "never" : String.format(Locale.ROOT, "%.2f", seconds);
    }
}
