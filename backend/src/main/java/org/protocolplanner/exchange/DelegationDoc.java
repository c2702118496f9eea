package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.List;
import org.protocolplanner.shared.protocol.HeadRank;

/** A foreign delegation; {@code country} and {@code hotelVenueId} may be null. */
public record DelegationDoc(
        String id,
        String country,
        String name,
        HeadRank headRank,
        int size,
        LocalDateTime arrival,
        LocalDateTime departure,
        String hotelVenueId,
        List<String> separateFrom) {}
