package org.protocolplanner.plan;

import static org.protocolplanner.shared.protocol.Limits.TRAVEL_FIXED_MINUTES_MAX;
import static org.protocolplanner.shared.protocol.Limits.TRAVEL_ROAD_FACTOR_MAX;
import static org.protocolplanner.shared.protocol.Limits.TRAVEL_ROAD_FACTOR_MIN;
import static org.protocolplanner.shared.protocol.Limits.TRAVEL_SPEED_KMH_MAX;
import static org.protocolplanner.shared.protocol.Limits.TRAVEL_SPEED_KMH_MIN;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An empty plan, or the new settings of one: name, horizon, grain, travel model and the venues it
 * may use. {@code version} is required when changing an existing plan.
 */
public record PlanRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable String timeZone,
        @NotNull LocalDateTime horizonStart,
        @NotNull LocalDateTime horizonEnd,
        @Min(5) @Max(60) @Nullable Integer grainMinutes,

        @DecimalMin(TRAVEL_SPEED_KMH_MIN) @DecimalMax(TRAVEL_SPEED_KMH_MAX) @Nullable
        Double travelSpeedKmh,

        @DecimalMin(TRAVEL_ROAD_FACTOR_MIN) @DecimalMax(TRAVEL_ROAD_FACTOR_MAX) @Nullable
        Double travelRoadFactor,

        @Min(0) @Max(TRAVEL_FIXED_MINUTES_MAX) @Nullable Integer travelFixedMinutes,
        @Nullable List<@NotBlank String> venueIds,
        @Nullable Long version) {}
