package org.protocolplanner.delegation;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.protocol.HeadRank;

/** A delegation as the API shows it: the exchange format's fields plus its version. */
public record DelegationResponse(
        String id,
        @Nullable String country,
        String name,
        HeadRank headRank,
        int size,
        LocalDateTime arrival,
        LocalDateTime departure,
        @Nullable String hotelVenueId,
        List<String> separateFrom,
        long version) {

    public static DelegationResponse of(Delegation d) {
        return new DelegationResponse(
                d.getRef(),
                d.getCountry(),
                d.getName(),
                d.getHeadRank(),
                d.getSize(),
                d.getArrival(),
                d.getDeparture(),
                d.getHotelVenueId(),
                d.getSeparateFrom(),
                d.getVersion());
    }
}
