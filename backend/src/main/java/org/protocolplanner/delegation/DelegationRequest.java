package org.protocolplanner.delegation;

import static org.protocolplanner.shared.protocol.Limits.DELEGATION_SIZE_MAX;
import static org.protocolplanner.shared.protocol.Limits.DELEGATION_SIZE_MIN;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.protocol.HeadRank;

/**
 * A delegation to add or the new state of one: the exchange format's delegation, with its field names,
 * plus {@code version} (required to change one). The id rule, {@code departure} after {@code arrival} and
 * the references are checked by the exchange format's reader against the whole plan.
 */
public record DelegationRequest(
        @NotNull String id,
        @NotNull String name,
        @Nullable String country,
        @NotNull HeadRank headRank,

        @NotNull @Min(DELEGATION_SIZE_MIN) @Max(DELEGATION_SIZE_MAX)
        Integer size,

        @NotNull LocalDateTime arrival,
        @NotNull LocalDateTime departure,
        @Nullable String hotelVenueId,
        @Nullable List<@NotNull String> separateFrom,
        @Nullable Long version) {}
