package org.protocolplanner.exchange;

import org.protocolplanner.exchange.SolutionDocument.KpiDoc;
import org.protocolplanner.exchange.SolutionDocument.SolvingInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a solution document (docs/reference/exchange-format.md) with the fields in the order of the format's
 * example and in the same textual form as {@link PlanDocumentWriter}. {@code solving} is left out when
 * no solver produced the solution, {@code kpis} when nobody computed them; the constraint rows are
 * written as given.
 *
 * <p>Stateless and thread-safe; no Spring needed.
 */
public final class SolutionDocumentWriter {

    public byte[] write(SolutionDocument solution) {
        ObjectNode root = JsonOutput.object();
        root.put("format", SolutionDocument.FORMAT);
        root.put("version", SolutionDocument.VERSION);
        root.put("plan", solution.plan());
        root.putObject("score")
                .put("hard", solution.score().hard())
                .put("medium", solution.score().medium())
                .put("soft", solution.score().soft());
        root.put("feasible", solution.feasible());
        ArrayNode assignments = root.putArray("assignments");
        solution.assignments().forEach(assignment -> {
            ObjectNode out = assignments
                    .addObject()
                    .put("eventId", assignment.eventId())
                    .put("spaceId", assignment.spaceId())
                    .put("venueId", assignment.venueId());
            JsonOutput.putTime(out, "start", assignment.start());
            JsonOutput.putTime(out, "end", assignment.end());
        });
        JsonOutput.putStrings(root, "unassigned", solution.unassigned());
        ArrayNode constraints = root.putArray("constraints");
        solution.constraints()
                .forEach(row -> constraints
                        .addObject()
                        .put("id", row.id())
                        .put("level", row.level())
                        .put("matches", row.matches())
                        .put("score", row.score()));
        if (solution.solving() != null) {
            writeSolving(root.putObject("solving"), solution.solving());
        }
        if (solution.kpis() != null) {
            writeKpis(root.putObject("kpis"), solution.kpis());
        }
        return JsonOutput.bytes(root);
    }

    /** {@code secondsToFeasible} is left out when the solver never reached a feasible solution. */
    private static void writeSolving(ObjectNode out, SolvingInfo solving) {
        out.put("seconds", solving.seconds());
        if (solving.secondsToFeasible() != null) {
            out.put("secondsToFeasible", solving.secondsToFeasible());
        }
        out.put("scoreCalculationCount", solving.scoreCalculationCount());
        out.put("terminatedBy", solving.terminatedBy());
    }

    /** The figures of protocol quality as the solution document writes them, for answers that show them too. */
    public static ObjectNode kpis(KpiDoc kpis) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        writeKpis(out, kpis);
        return out;
    }

    /** Means rounded to four decimals: the figures are for reading, and a stable text diffs well. */
    private static void writeKpis(ObjectNode out, KpiDoc kpis) {
        out.putObject("unscheduled").put("count", kpis.unscheduledCount()).put("priority", kpis.unscheduledPriority());
        out.put("travelMinutes", kpis.travelMinutes());
        out.put("prestigeGap", rounded(kpis.prestigeGap()));
        out.put("equalTreatmentSpread", rounded(kpis.equalTreatmentSpread()));
        out.put("emptySeatShare", rounded(kpis.emptySeatShare()));
        out.put("offCustomaryHours", kpis.offCustomaryHours());
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
