package org.protocolplanner.plan.exchange;

import java.util.List;
import java.util.Map;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * A bookable space. {@code capacity} holds only the layouts the space can take, in the order of
 * {@link Layout}; {@code open} empty means always open.
 */
public record SpaceDoc(String id, String name, Map<Layout, Integer> capacity, List<Feature> features,
        int turnoverMinutes, List<OpeningWindow> open, List<Period> blackouts) {
}
