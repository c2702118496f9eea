package org.protocolplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.TimedSolve;

/**
 * {@code solve --input PLAN.json --output SOLUTION.json --seconds N}: solves a problem document for N
 * seconds and writes the best solution as a solution document, then prints one line with the final
 * score, the seconds to feasible and the score-calculation speed.
 */
final class SolveCommand {

    static final String USAGE = "solve --input PLAN.json --output SOLUTION.json --seconds N";

    private SolveCommand() {}

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("input", "output", "seconds"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(
                    "unexpected argument " + arguments.positional().get(0));
        }
        Path input = arguments.requiredPath("input");
        Path output = arguments.requiredPath("output");
        int seconds = arguments.requiredSeconds("seconds");

        PlanDocument plan = new PlanFiles().read(input);
        TimedSolve.Outcome outcome = TimedSolve.run(
                ProtocolSolverConfig.solving(Duration.ofSeconds(seconds)), new ProtocolScheduleFactory().create(plan));
        SolutionDocument solution = new ScheduleScorer().document(outcome.best(), outcome.solvingInfo());
        PlanFiles.write(output, new SolutionDocumentWriter().write(solution));
        out.println(summary(outcome, solution));
    }

    static String summary(TimedSolve.Outcome outcome, SolutionDocument solution) {
        Double feasible = outcome.secondsToFeasible();
        return String.format(
                Locale.ROOT,
                "score %dhard/%dmedium/%dsoft, seconds to feasible %s, %d score calculations/s," + " %d unassigned",
                solution.score().hard(),
                solution.score().medium(),
                solution.score().soft(),
                feasible == null ? "never" : String.format(Locale.ROOT, "%.2f", feasible),
                outcome.scoreCalculationSpeed(),
                solution.unassigned().size());
    }
}
