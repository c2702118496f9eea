package org.protocolplanner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/**
 * {@code generate --delegations D --venues V --days N --seed S [--pair-meetings K] [--output PLAN.json]}:
 * writes a summit-week problem document made by the demo's generator, on synthetic reception sites
 * (without a database there is no catalogue of real venues). Without {@code --output} it goes to
 * standard output.
 */
final class GenerateCommand {

    static final String USAGE =
            "generate --delegations D --venues V --days N --seed S [--pair-meetings K]" + " [--output PLAN.json]";

    private GenerateCommand() {}

    static void run(List<String> args, PrintStream out) {
        Arguments arguments =
                Arguments.parse(args, Set.of("delegations", "venues", "days", "seed", "pair-meetings", "output"));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(
                    "unexpected argument " + arguments.positional().get(0));
        }
        SummitOptions options;
        try {
            options = SummitOptions.of(
                            arguments.requiredInt("delegations"),
                            arguments.requiredInt("venues"),
                            arguments.requiredInt("days"),
                            arguments.requiredLong("seed"))
                    .withPairMeetings(arguments.intOr("pair-meetings", SummitOptions.DEFAULT_PAIR_MEETINGS));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PlanDocument plan = SummitGenerator.generate(options).plan();
        byte[] document = new PlanDocumentWriter().write(plan);
        String output = arguments.optional("output");
        if (output == null) {
            out.write(document, 0, document.length);
            out.println();
        } else {
            PlanFiles.write(Path.of(output), document);
        }
    }
}
