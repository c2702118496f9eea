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
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.SolverTuning;
import org.protocolplanner.planning.TimedSolve;
import org.protocolplanner.planning.kpi.ProtocolKpis;

/**
 * {@code benchmark FILES --runs R --seconds N [--calculations C] [--tuning NAME] [--report DIR]}: solves each
 * problem document R times for N seconds and prints, per run and as the median with its range over the runs:
 * seconds to hard 0, seconds to hard 0 with nothing unscheduled, the hard, medium and soft score after 10 s
 * and at the end, the score-calculation speed and the figures of protocol quality at the end. Run r solves
 * with random seed r, so the runs differ by more than timing. {@code --calculations} also ends each solve
 * after C score calculations, so that runs compare by the work done, not by the machine's load, and come out
 * the same on any machine; {@code --tuning} solves as one of {@link SolverTuning#compared()} instead of the
 * chosen one. With {@code --report}, OptaPlanner's benchmarker then solves the same documents the same way
 * with each tuning of {@link SolverTuning#compared()} and writes its HTML report into DIR
 * ({@link TuningReport}).
 */
final class BenchmarkCommand {

    static final String USAGE =
            "benchmark PLAN.json... --runs R --seconds N [--calculations C] [--tuning NAME]" + " [--report DIR]";
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

        ProtocolKpis kpis() {
            return ProtocolKpis.of(outcome.best());
        }
    }

    private BenchmarkCommand() {}

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("runs", "seconds", "calculations", "tuning", "report"));
        if (arguments.positional().isEmpty()) {
            throw new UsageException("benchmark needs at least one plan document");
        }
        int runs = arguments.requiredInt("runs");
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1: " + runs);
        }
        int seconds = arguments.requiredSeconds("seconds");
        Long calculations = arguments.optional("calculations") == null ? null : arguments.requiredLong("calculations");
        if (calculations != null && calculations < 1) {
            throw new UsageException("--calculations must be at least 1: " + calculations);
        }
        SolverTuning tuning = tuning(arguments.optional("tuning"));
        PlanFiles files = new PlanFiles();
        // Read every document before solving any, so a malformed one fails at once, not after minutes.
        List<PlanDocument> plans = arguments.positional().stream()
                .map(file -> files.read(Path.of(file)))
                .toList();
        Setup setup = new Setup(runs, Duration.ofSeconds(seconds), calculations);
        for (int i = 0; i < plans.size(); i++) {
            benchmark(arguments.positional().get(i), plans.get(i), setup, tuning, out);
        }
        String report = arguments.optional("report");
        if (report != null) {
            Path index = TuningReport.write(
                    Path.of(report),
                    arguments.positional().stream().map(Path::of).toList(),
                    setup);
            out.println("report: " + index);
        }
    }

    /** How each document is solved: R runs, each for at most N seconds and, when given, C score calculations. */
    record Setup(int runs, Duration timeLimit, Long calculations) {

        SolverConfig solverConfig(SolverTuning tuning) {
            SolverConfig config = ProtocolSolverConfig.solving(timeLimit, null, tuning);
            if (calculations != null) {
                config.setTerminationConfig(
                        new TerminationConfig().withSpentLimit(timeLimit).withScoreCalculationCountLimit(calculations));
            }
            return config;
        }
    }

    private static SolverTuning tuning(String name) {
        if (name == null) {
            return SolverTuning.CHOSEN;
        }
        return SolverTuning.compared().stream()
                .filter(tuning -> tuning.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UsageException("--tuning must be one of "
                        + SolverTuning.compared().stream()
                                .map(SolverTuning::name)
                                .toList() + ": " + name));
    }

    private static void benchmark(String file, PlanDocument plan, Setup setup, SolverTuning tuning, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%s: %d engagements, %d spaces, %d runs of %d s%s, tuning %s%n",
                file,
                plan.events().size(),
                plan.venues().stream().mapToInt(venue -> venue.spaces().size()).sum(),
                setup.runs(),
                setup.timeLimit().toSeconds(),
                setup.calculations() == null ? "" : " or " + setup.calculations() + " score calculations",
                tuning.name());
        out.println("  run  to hard 0 s  to complete s  at 10 s (hard/medium/soft)  at end (hard/medium/soft)"
                + "  score calculations/s");
        ProtocolScheduleFactory factory = new ProtocolScheduleFactory();
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= setup.runs(); run++) {
            var config = setup.solverConfig(tuning).withRandomSeed((long) run);
            Run result = new Run(TimedSolve.run(config, factory.create(plan)));
            results.add(result);
            out.printf(
                    Locale.ROOT,
                    "  %3d  %11s  %13s  %26s  %25s  %20d%n",
                    run,
                    seconds(result.toFeasible()),
                    seconds(result.toComplete()),
                    score(result.atCheckpoint()),
                    score(result.atEnd()),
                    result.outcome().scoreCalculationSpeed());
            out.println("       " + kpis(result.kpis()));
        }
        out.println("  median [min-max] over " + setup.runs() + " runs:");
        out.println("    seconds to hard 0:                   " + spread(results, Run::toFeasible, "%.2f"));
        out.println("    seconds to hard 0, all placed:       " + spread(results, Run::toComplete, "%.2f"));
        printLevels(out, "at 10 s", results, Run::atCheckpoint);
        printLevels(out, "at end", results, Run::atEnd);
        out.println("    score calculations/s:                "
                + spread(results, r -> (double) r.outcome().scoreCalculationSpeed(), "%.0f"));
        out.println("    at end: unscheduled "
                + spread(results, r -> (double) r.kpis().unscheduledCount(), "%.0f") + " (priority "
                + spread(results, r -> (double) r.kpis().unscheduledPriority(), "%.0f") + ")");
        out.println("            travel minutes "
                + spread(results, r -> (double) r.kpis().travelMinutes(), "%.0f"));
        out.println("            prestige gap " + spread(results, r -> r.kpis().prestigeGap(), "%.2f"));
        out.println("            equal-treatment spread "
                + spread(results, r -> r.kpis().equalTreatmentSpread(), "%.2f"));
        out.println(
                "            empty-seat share " + spread(results, r -> r.kpis().emptySeatShare(), "%.2f"));
        out.println("            off customary hours "
                + spread(results, r -> (double) r.kpis().offCustomaryHours(), "%.0f"));
    }

    /** One run's figures of protocol quality, as the baseline command prints them. */
    private static String kpis(ProtocolKpis kpis) {
        return String.format(
                Locale.ROOT,
                "%d unscheduled (priority %d), travel minutes %d, prestige gap %.2f,"
                        + " equal-treatment spread %.2f, empty-seat share %.2f, off customary hours %d",
                kpis.unscheduledCount(),
                kpis.unscheduledPriority(),
                kpis.travelMinutes(),
                kpis.prestigeGap(),
                kpis.equalTreatmentSpread(),
                kpis.emptySeatShare(),
                kpis.offCustomaryHours());
    }

    private static void printLevels(
            PrintStream out, String when, List<Run> results, Function<Run, HardMediumSoftLongScore> score) {
        out.printf(
                Locale.ROOT,
                "    %-8s hard %s  medium %s  soft %s%n",
                when,
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
