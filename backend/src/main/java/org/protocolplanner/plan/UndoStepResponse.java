package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's last change that may still be undone.
 *
 * @param items what it changed: the engagements' ids of a move, pin or import, the bookings' ids of an answer
 */
public record UndoStepResponse(
        @Schema(description = "the step's id, to send with the undo")
        long step,

        @Schema(description = "MOVE, PIN, IMPORT or ANSWER") String kind,
        List<String> items,
        Instant createdAt,

        @Schema(description = "after this the change can no longer be undone")
        Instant expiresAt) {

    public static UndoStepResponse of(UndoSteps.Step step, List<String> items) {
        return new UndoStepResponse(step.id(), step.kind().name(), items, step.createdAt(), step.expiresAt());
    }
}
