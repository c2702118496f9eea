package org.protocolplanner.runsheet;

import java.time.LocalDateTime;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.HeadRank;

/**
 * A head of state's or government's motorcade arriving at a venue, in Beijing time, for the engagement it
 * comes to (the first of that delegation's engagements there since it was elsewhere).
 */
public record MotorcadeArrival(
        LocalDateTime at,
        String delegationId,
        DelegationName delegationName,
        HeadRank rank,
        String engagementTitle,
        String spaceNameEn,
        String spaceNameZh) {}
