package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.media.Schema;

/** Which change to undo: the step the user was offered, so that a newer change is never taken back unseen. */
public record UndoRequest(
        @Schema(
                description = "the step's id, as GET …/undo or the Undo offer named it",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long step) {}
