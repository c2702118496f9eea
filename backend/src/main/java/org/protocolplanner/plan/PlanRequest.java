package org.protocolplanner.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An empty plan, or the new settings of one: name, horizon, grain, travel model and the venues it
 * may use. {@code version} is required when changing an existing plan.
 */
public record PlanRequest(
        @NotBlank @Size(max = 200) String name,
        String timeZone,
        @NotNull LocalDateTime horizonStart,
        @NotNull LocalDateTime horizonEnd,
        @Min(5) @Max(60) Integer grainMinutes,
        @Positive Double travelSpeedKmh,
        @DecimalMin("1.0") Double travelRoadFactor,
        @Min(0) Integer travelFixedMinutes,
        List<@NotBlank String> venueIds,
        Long version) {
}
