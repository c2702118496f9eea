package org.protocolplanner.venue;

import static org.protocolplanner.shared.protocol.Limits.CAPACITY_MAX;
import static org.protocolplanner.shared.protocol.Limits.CAPACITY_MIN;
import static org.protocolplanner.shared.protocol.Limits.TURNOVER_MINUTES_MAX;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * What the catalogue API accepts. {@code version} is required on updates. A layout a space cannot take
 * is left out of {@code capacity}: a capacity of 0 is refused like any other out of range.
 */
public final class VenueRequests {

    static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";
    static final String TIME_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

    private VenueRequests() {}

    public record VenueRequest(
            @Pattern(regexp = ID_PATTERN, message = "must be 1-64 characters of A-Z a-z 0-9 . _ -") @Nullable
            String id,

            @NotBlank @Size(max = 300) String nameEn,
            @Size(max = 300) @Nullable String nameZh,
            @Size(max = 200) @Nullable String type,
            @Size(max = 100) @Nullable String district,
            @DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
            @DecimalMin("-180") @DecimalMax("180") @Nullable Double lon,
            @Nullable SecurityGrade securityGrade,
            @Min(1) @Max(10) @Nullable Integer prestige,
            @Nullable Long version) {}

    /** A window on every day, or on {@code weekday} only. */
    public record OpeningWindowRequest(
            @NotNull @Pattern(regexp = TIME_PATTERN, message = "must be HH:mm")
            String from,

            @NotNull @Pattern(regexp = TIME_PATTERN, message = "must be HH:mm")
            String to,

            @Nullable DayOfWeek weekday) {}

    public record TimeRangeRequest(
            @NotNull @Pattern(regexp = TIME_PATTERN, message = "must be HH:mm")
            String from,

            @NotNull @Pattern(regexp = TIME_PATTERN, message = "must be HH:mm")
            String to) {}

    /** A date closed all day ({@code closed: true}) or open in {@code windows} instead of its weekday's hours. */
    public record OpeningExceptionRequest(
            @NotNull LocalDate date,
            @Nullable Boolean closed,
            @Nullable List<@Valid @NotNull TimeRangeRequest> windows) {}

    public record BlackoutRequest(
            @NotNull LocalDateTime start,
            @NotNull LocalDateTime end,
            @Size(max = 500) @Nullable String reason) {}

    public record SpaceRequest(
            @Pattern(regexp = ID_PATTERN, message = "must be 1-64 characters of A-Z a-z 0-9 . _ -") @Nullable
            String id,

            @NotBlank @Size(max = 300) String nameEn,
            @Size(max = 300) @Nullable String nameZh,
            @Nullable Map<Layout, @NotNull @Min(CAPACITY_MIN) @Max(CAPACITY_MAX) Integer> capacity,
            @Nullable List<@NotNull Feature> features,
            @Min(0) @Max(TURNOVER_MINUTES_MAX) @Nullable Integer turnoverMinutes,
            @Nullable List<@Valid @NotNull OpeningWindowRequest> open,
            @Size(max = 400) @Nullable List<@Valid @NotNull OpeningExceptionRequest> exceptions,
            @Nullable List<@Valid @NotNull BlackoutRequest> blackouts,

            @Schema(
                    description = "ids of other spaces of the same venue this space is made of (a divisible"
                            + " hall); each has no parts of its own. Null or empty: not divisible")
            @Size(max = 50)
            @Nullable
            List<@NotNull String> parts,

            @Nullable Long version) {}
}
