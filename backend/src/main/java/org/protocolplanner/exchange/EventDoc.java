package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.List;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An engagement. Nullable: {@code minSecurityGrade}, {@code earliestStart}, {@code latestEnd},
 * {@code pinned}, {@code published}.
 */
public record EventDoc(
        String id,
        String title,
        EventType type,
        List<String> delegations,
        int headcount,
        Layout layout,
        int durationMinutes,
        List<Feature> requiredFeatures,
        SecurityGrade minSecurityGrade,
        LocalDateTime earliestStart,
        LocalDateTime latestEnd,
        List<String> preferredSpaces,
        List<String> excludedSpaces,
        int priority,
        List<String> after,
        Placement pinned,
        Placement published,
        boolean confidential) {

    public static final int DEFAULT_PRIORITY = 1;
}
