package org.protocolplanner.plan.exchange;

import org.protocolplanner.plan.exchange.SolutionDocument.SolvingInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a solution document (plan-exchange-format.md) with the fields in the order of the format's
 * example and in the same textual form as {@link PlanDocumentWriter}. {@code solving} is left out when
 * no solver produced the solution; the constraint rows are written as given.
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
            ObjectNode out = assignments.addObject()
                    .put("eventId", assignment.eventId())
                    .put("spaceId", assignment.spaceId())
                    .put("venueId", assignment.venueId());
            JsonOutput.putTime(out, "start", assignment.start());
            JsonOutput.putTime(out, "end", assignment.end());
        });
        JsonOutput.putStrings(root, "unassigned", solution.unassigned());
        ArrayNode constraints = root.putArray("constraints");
        solution.constraints().forEach(row -> constraints.addObject()
                .put("id", row.id())
                .put("level", row.level())
                .put("matches", row.matches())
                .put("score", row.score()));
        if (solution.solving() != null) {
            writeSolving(root.putObject("solving"), solution.solving());
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
}
