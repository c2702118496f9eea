package org.protocolplanner.planning.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/** A bookable hall, room or courtyard of a venue. */
public final class Space {

    private final String id;
    private final String name;
    private final Venue venue;
    private final int index;
    private final Map<Layout, Integer> capacityByLayout;
    private final Set<Feature> features;
    private final int turnoverMinutes;
    private final OpeningHours openingHours;
    private final List<SpaceBlock> blocks;

    /**
     * @param index            its position among the plan's spaces (for compact candidate sets)
     * @param capacityByLayout only the layouts the space can take
     * @param blocks           its blackouts and the plan's closures of it
     */
    public Space(String id, String name, Venue venue, int index, Map<Layout, Integer> capacityByLayout,
            Set<Feature> features, int turnoverMinutes, OpeningHours openingHours, List<SpaceBlock> blocks) {
        this.id = id;
        this.name = name;
        this.venue = venue;
        this.index = index;
        this.capacityByLayout = capacityByLayout.isEmpty() ? Map.of() : new EnumMap<>(capacityByLayout);
        this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        this.turnoverMinutes = turnoverMinutes;
        this.openingHours = openingHours;
        this.blocks = List.copyOf(blocks);
    }

    public boolean takes(Layout layout) {
        return capacityByLayout.containsKey(layout);
    }

    /** People the space holds in {@code layout}; 0 when it cannot take that layout (check {@link #takes}). */
    public int capacity(Layout layout) {
        return capacityByLayout.getOrDefault(layout, 0);
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    /**
     * Unavailable minutes of {@code [start, end)} as space-availability counts them: those outside the
     * opening hours, plus those inside each block (a minute closed and blocked counts twice).
     */
    public int unavailableMinutes(int start, int end) {
        int minutes = openingHours.minutesClosed(start, end);
        for (SpaceBlock block : blocks) {
            minutes += block.overlap(start, end);
        }
        return minutes;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Venue venue() {
        return venue;
    }

    public int index() {
        return index;
    }

    public Set<Feature> features() {
        return features;
    }

    public int turnoverMinutes() {
        return turnoverMinutes;
    }

    public OpeningHours openingHours() {
        return openingHours;
    }

    public List<SpaceBlock> blocks() {
        return blocks;
    }

    @Override
    public String toString() {
        return id;
    }
}
