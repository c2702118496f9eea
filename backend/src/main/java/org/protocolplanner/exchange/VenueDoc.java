package org.protocolplanner.exchange;

import java.util.List;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** A venue of the problem; {@code lat}/{@code lon} are required by the format, so never null after parsing. */
public record VenueDoc(
        String id,
        String name,
        double lat,
        double lon,
        SecurityGrade securityGrade,
        int prestige,
        List<SpaceDoc> spaces) {

    public static final SecurityGrade DEFAULT_GRADE = SecurityGrade.C;
    public static final int DEFAULT_PRESTIGE = 5;
}
