package org.protocolplanner.engagement;

import static org.protocolplanner.shared.protocol.Limits.DURATION_MINUTES_MAX;
import static org.protocolplanner.shared.protocol.Limits.DURATION_MINUTES_MIN;
import static org.protocolplanner.shared.protocol.Limits.HEADCOUNT_MAX;
import static org.protocolplanner.shared.protocol.Limits.HEADCOUNT_MIN;
import static org.protocolplanner.shared.protocol.Limits.PRIORITY_MAX;
import static org.protocolplanner.shared.protocol.Limits.PRIORITY_MIN;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An engagement to add or the new state of one: the exchange format's event, with its field names, plus
 * {@code version} (required to change one). The id rule, {@code latestEnd} after {@code earliestStart},
 * starts on the grain, the references and {@code after} cycles are checked by the exchange format's
 * reader against the whole plan.
 */
public record EngagementRequest(
        @NotNull String id,
        @NotNull String title,
        @NotNull EventType type,
        @Nullable List<@NotNull String> delegations,
        @NotNull @Min(HEADCOUNT_MIN) @Max(HEADCOUNT_MAX) Integer headcount,
        @NotNull Layout layout,

        @NotNull @Min(DURATION_MINUTES_MIN) @Max(DURATION_MINUTES_MAX)
        Integer durationMinutes,

        @Nullable List<@NotNull Feature> requiredFeatures,
        @Nullable SecurityGrade minSecurityGrade,
        @Nullable LocalDateTime earliestStart,
        @Nullable LocalDateTime latestEnd,
        @Nullable List<@NotNull String> preferredSpaces,
        @Nullable List<@NotNull String> excludedSpaces,
        @Min(PRIORITY_MIN) @Max(PRIORITY_MAX) @Nullable Integer priority,
        @Nullable List<@NotNull String> after,
        @Valid @Nullable PlacementRequest pinned,
        @Valid @Nullable PlacementRequest published,
        @Nullable Boolean confidential,
        @Nullable Long version) {

    /** Where a pinned or published engagement is: both parts are required. */
    public record PlacementRequest(
            @NotNull String spaceId, @NotNull LocalDateTime start) {}
}
