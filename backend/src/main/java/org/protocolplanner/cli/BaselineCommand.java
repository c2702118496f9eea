package org.protocolplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.KpiDoc;
import org.protocolplanner.exchange.SolutionDocumentWriter;
import org.protocolplanner.planning.FirstFitBaseline;
import org.protocolplanner.planning.ProtocolScheduleFactory;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * {@code baseline --input PLAN.json --output SOLUTION.json}: places the plan as an officer would by hand
 * ({@link FirstFitBaseline}: by priority, each engagement at the earliest start in the smallest space
 * that fits), writes the solution document, and prints its score and figures of protocol quality: the
 * yardstick a solve must beat.
 */
final class BaselineCommand {

    static final String USAGE = "baseline --input PLAN.json --output SOLUTION.json";

    private BaselineCommand() {}

    static void run(List<String> args, PrintStream out) {
        Arguments arguments = Arguments.parse(args, Set.of("input", "output"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(
                    "unexpected argument " + arguments.positional().get(0));
        }
        Path input = arguments.requiredPath("input");
        Path output = arguments.requiredPath("output");

        PlanDocument plan = new PlanFiles().read(input);
        long started = System.nanoTime();
        ProtocolSchedule placed = new FirstFitBaseline().place(new ProtocolScheduleFactory().create(plan));
        double seconds = (System.nanoTime() - started) / 1e9;
        // No solver made it: the document has no solving block.
        SolutionDocument solution = new ScheduleScorer().document(placed, null);
        PlanFiles.write(output, new SolutionDocumentWriter().write(solution));
        out.println(summary(solution, seconds));
    }

    static String summary(SolutionDocument solution, double seconds) {
        KpiDoc kpis = solution.kpis();
        return String.format(
                Locale.ROOT,
                "score %dhard/%dmedium/%dsoft, %d unassigned (priority %d), travel minutes %d,"
                        + " prestige gap %.2f, equal-treatment spread %.2f, empty-seat share %.2f,"
                        + " off customary hours %d, %.1f s",
                solution.score().hard(),
                solution.score().medium(),
                solution.score().soft(),
                kpis.unscheduledCount(),
                kpis.unscheduledPriority(),
                kpis.travelMinutes(),
                kpis.prestigeGap(),
                kpis.equalTreatmentSpread(),
                kpis.emptySeatShare(),
                kpis.offCustomaryHours(),
                seconds);
    }
}
