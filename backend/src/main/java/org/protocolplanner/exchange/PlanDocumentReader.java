package org.protocolplanner.exchange;

import java.io.InputStream;
import java.util.List;

/**
 * Reads and validates a problem document (docs/reference/exchange-format.md). Every rule of the format's
 * "Validation" section is checked and every offending value reported, in document order, in a
 * {@link MalformedDocumentException}. The document returned has every default filled in.
 *
 * <p>Closures marked {@code derived} were written by the application from confirmed bookings:
 * {@link #read} drops them, as importing a plan must (fresh ones are derived from the catalogue),
 * while {@link #readKeepingDerived} keeps them for a solver that solves the document as it stands.
 *
 * <p>Stateless and thread-safe; no Spring needed.
 */
public final class PlanDocumentReader {

    /** Larger documents (10 MiB) are refused as {@linkplain MalformedDocumentException#tooLarge() too large}. */
    public static final int MAX_BYTES = JsonInput.MAX_BYTES;

    public PlanDocument read(byte[] json) {
        return withoutDerivedClosures(readKeepingDerived(json));
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes; does not close the stream. */
    public PlanDocument read(InputStream in) {
        return read(JsonInput.readLimited(in));
    }

    public PlanDocument readKeepingDerived(byte[] json) {
        Problems problems = new Problems();
        PlanDocument plan = new PlanParser().parse(Node.root(JsonInput.parse(json), problems));
        problems.throwIfAny();
        return plan;
    }

    /** Reads at most {@link #MAX_BYTES} + 1 bytes; does not close the stream. */
    public PlanDocument readKeepingDerived(InputStream in) {
        return readKeepingDerived(JsonInput.readLimited(in));
    }

    private static PlanDocument withoutDerivedClosures(PlanDocument plan) {
        List<ClosureDoc> closures =
                plan.closures().stream().filter(closure -> !closure.derived()).toList();
        return new PlanDocument(
                plan.name(),
                plan.timeZone(),
                plan.horizon(),
                plan.travel(),
                plan.venues(),
                plan.delegations(),
                plan.events(),
                closures,
                plan.constraintWeights());
    }
}
