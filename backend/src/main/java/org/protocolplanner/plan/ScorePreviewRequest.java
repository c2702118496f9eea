package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A move to try without saving it: the same place as a PATCH of the assignment, for one engagement. */
@Schema(description = "A move to score without saving it. spaceId and start both, or neither to unschedule.")
public record ScorePreviewRequest(
        @Schema(
                description = "the engagement's exchange id",
                example = "ev-001",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String eventId,

        @Schema(description = "a space of a venue the plan may use; null to unschedule", example = "cncc-ballroom")
        @Nullable
        String spaceId,

        @Schema(description = "local start on the plan's grain within its horizon", example = "2026-09-02T10:00")
        @Nullable
        LocalDateTime start) {}
