package org.protocolplanner.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.exchange.Placement;

/** A plan's current assignment as the planning engine reads it: event id to space and start, scheduled ones only. */
final class CurrentPlacements {

    private CurrentPlacements() {}

    static Map<String, Placement> of(List<Engagement> engagements) {
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (Engagement engagement : engagements) {
            if (engagement.isScheduled()) {
                placements.put(
                        engagement.getRef(),
                        new Placement(engagement.getAssignedSpaceId(), engagement.getAssignedStart()));
            }
        }
        return placements;
    }
}
