package org.protocolplanner.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Where an engagement goes, set by hand: a space and a start (both, or neither to leave it
 * unscheduled), whether it is pinned there, and the engagement's version.
 */
@Schema(description = "An engagement's place set by hand. spaceId and start both, or neither to unschedule it.")
public record AssignmentRequest(
        @Schema(description = "a space of a venue the plan may use; null to unschedule", example = "cncc-ballroom")
        @Nullable
        String spaceId,

        @Schema(
                description = "local start on the plan's grain within its horizon; null to unschedule",
                example = "2026-09-02T10:00")
        @Nullable
        LocalDateTime start,

        @Schema(
                description = "pin it there (the solver will not move it); omitted keeps the current pin state; "
                        + "an unscheduled engagement cannot be pinned")
        @Nullable
        Boolean pinned,

        @Schema(
                description = "the engagement's version, as last read; a stale one is answered 409",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Long version) {}
