package org.protocolplanner.exchange;

import java.io.InputStream;

/**
 * Reads the assignment of a solution document and checks that it is well-formed against its plan
 * (docs/reference/exchange-format.md, "Solution document"): the same events, each exactly once, known spaces
 * with their own venue, starts on the grain inside the horizon, ends as derived, pinned events where
 * they are pinned. Problems are reported like those of plan documents, in a
 * {@link MalformedDocumentException}. Score, feasibility, constraint rows and solving statistics are
 * ignored: they are recomputed, never trusted.
 *
 * <p>Stateless and thread-safe; no Spring needed.
 */
public final class SolutionDocumentReader {

    /**
     * @param plan the plan the solution is for, as {@link PlanDocumentReader} returned it
     */
    public ImportedSolution read(byte[] json, PlanDocument plan) {
        Problems problems = new Problems();
        Node root = Node.root(JsonInput.parse(json), problems);
        ImportedSolution solution = new SolutionParser(plan, problems).parse(root);
        problems.throwIfAny();
        return solution;
    }

    /** Reads at most {@link PlanDocumentReader#MAX_BYTES} + 1 bytes; does not close the stream. */
    public ImportedSolution read(InputStream in, PlanDocument plan) {
        return read(JsonInput.readLimited(in), plan);
    }
}
