package org.protocolplanner.exchange;

import java.util.List;
import java.util.Map;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * A bookable space. {@code capacity} holds only the layouts the space can take, in the order of
 * {@link Layout}; {@code open} empty means always open; {@code parts} empty means the space is not
 * divisible (the ids of the spaces of its venue that it is made of otherwise, in document order).
 */
public record SpaceDoc(
        String id,
        String name,
        Map<Layout, Integer> capacity,
        List<Feature> features,
        int turnoverMinutes,
        List<OpeningWindow> open,
        List<String> parts,
        List<Period> blackouts) {

    /** A space that is not divisible. */
    public SpaceDoc(
            String id,
            String name,
            Map<Layout, Integer> capacity,
            List<Feature> features,
            int turnoverMinutes,
            List<OpeningWindow> open,
            List<Period> blackouts) {
        this(id, name, capacity, features, turnoverMinutes, open, List.of(), blackouts);
    }
}
