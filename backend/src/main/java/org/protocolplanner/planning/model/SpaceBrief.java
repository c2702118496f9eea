package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;

/**
 * A bookable hall, room or courtyard of a venue as the solver is briefed on it: the problem fact made from
 * a stored {@code venue.Space} or a document's space. A divisible hall is made of parts, other spaces of
 * its venue (docs/reference/exchange-format.md, space {@code parts}); two spaces <em>share floor</em> when they
 * are the same space, one is a part of the other, or they have a part in common. Spaces that share
 * floor cannot host two events at once, and the blocks of each count against the others
 * (docs/decisions/0005-share-floor.md).
 */
public final class SpaceBrief {

    /** Lets multi-threaded solving find a move's space in another thread's copy of the plan. */
    @PlanningId
    private final String id;

    private final String name;
    private final VenueBrief venue;
    private final int index;
    private final Map<Layout, Integer> capacityByLayout;
    private final Set<Feature> features;
    private final int turnoverMinutes;
    private final OpeningHours openingHours;
    private final List<SpaceBlock> blocks;
    /** Set once by {@link #divide}; a space that is neither divisible nor a part keeps these. */
    private List<SpaceBrief> sharingFloor = List.of();

    private SpaceBrief floor = this;
    private List<SpaceBlock> floorBlocks;

    /**
     * @param index            its position among the plan's spaces (for compact candidate sets)
     * @param capacityByLayout only the layouts the space can take
     * @param blocks           its blackouts and the plan's closures of it
     */
    public SpaceBrief(
            String id,
            String name,
            VenueBrief venue,
            int index,
            Map<Layout, Integer> capacityByLayout,
            Set<Feature> features,
            int turnoverMinutes,
            OpeningHours openingHours,
            List<SpaceBlock> blocks) {
        this.id = id;
        this.name = name;
        this.venue = venue;
        this.index = index;
        this.capacityByLayout = capacityByLayout.isEmpty() ? Map.of() : new EnumMap<>(capacityByLayout);
        this.features = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        this.turnoverMinutes = turnoverMinutes;
        this.openingHours = openingHours;
        this.blocks = List.copyOf(blocks);
        this.floorBlocks = this.blocks;
    }

    /**
     * Links the spaces of a plan by floor: each divisible space to its parts, and through them to every
     * other space it shares floor with. Called once, when the plan's model is built and before it is
     * scored; spaces not named here keep a floor of their own.
     *
     * @param partsByWhole each divisible space with the spaces it is made of
     */
    public static void divide(Map<SpaceBrief, List<SpaceBrief>> partsByWhole) {
        Map<SpaceBrief, Set<SpaceBrief>> sharing = new HashMap<>();
        Map<SpaceBrief, List<SpaceBrief>> wholesByPart = new HashMap<>();
        partsByWhole.forEach((whole, parts) -> {
            for (SpaceBrief part : parts) {
                link(sharing, whole, part);
                wholesByPart.computeIfAbsent(part, p -> new ArrayList<>()).add(whole);
            }
        });
        // Two wholes with a part in common share floor.
        for (List<SpaceBrief> wholes : wholesByPart.values()) {
            for (SpaceBrief one : wholes) {
                for (SpaceBrief other : wholes) {
                    link(sharing, one, other);
                }
            }
        }
        Map<SpaceBrief, SpaceBrief> floors = floors(sharing);
        sharing.forEach((space, others) -> {
            List<SpaceBrief> sorted = new ArrayList<>(others);
            sorted.sort(Comparator.comparingInt(SpaceBrief::index));
            space.sharingFloor = List.copyOf(sorted);
            space.floor = floors.get(space);
            List<SpaceBlock> all = new ArrayList<>(space.blocks);
            sorted.forEach(other -> all.addAll(other.blocks));
            space.floorBlocks = List.copyOf(all);
        });
    }

    private static void link(Map<SpaceBrief, Set<SpaceBrief>> sharing, SpaceBrief one, SpaceBrief other) {
        if (one != other) {
            sharing.computeIfAbsent(one, s -> new LinkedHashSet<>()).add(other);
            sharing.computeIfAbsent(other, s -> new LinkedHashSet<>()).add(one);
        }
    }

    /** Each space's floor: the space of lowest index among those it is connected to by sharing floor. */
    private static Map<SpaceBrief, SpaceBrief> floors(Map<SpaceBrief, Set<SpaceBrief>> sharing) {
        Map<SpaceBrief, SpaceBrief> floors = new HashMap<>();
        for (SpaceBrief start : sharing.keySet()) {
            if (floors.containsKey(start)) {
                continue;
            }
            List<SpaceBrief> group = new ArrayList<>(List.of(start));
            Set<SpaceBrief> seen = new LinkedHashSet<>(group);
            for (int i = 0; i < group.size(); i++) {
                for (SpaceBrief next : sharing.get(group.get(i))) {
                    if (seen.add(next)) {
                        group.add(next);
                    }
                }
            }
            SpaceBrief lowest = group.stream()
                    .min(Comparator.comparingInt(SpaceBrief::index))
                    .orElseThrow();
            group.forEach(member -> floors.put(member, lowest));
        }
        return floors;
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

    /** Whether the two spaces share floor: the same space, one a part of the other, or with a part in common. */
    public boolean sharesFloorWith(SpaceBrief other) {
        return other == this || sharingFloor.contains(other);
    }

    /**
     * The spaces this one is connected to through parts, by one of them: two spaces that share floor
     * have the same floor, but two of the same floor need not share it (the two parts of one hall share
     * a floor with the whole, not with each other). A space neither divisible nor a part is its own.
     */
    public SpaceBrief floor() {
        return floor;
    }

    /** The other spaces this one shares floor with, in plan order; empty for most. */
    public List<SpaceBrief> sharingFloor() {
        return sharingFloor;
    }

    /**
     * Unavailable minutes of {@code [start, end)} as space-availability counts them: those outside the
     * opening hours, plus those inside each block of this space and of every space it shares floor
     * with (a minute closed and blocked counts twice, and overlapping blocks each count).
     */
    public int unavailableMinutes(int start, int end) {
        int minutes = openingHours.minutesClosed(start, end);
        for (SpaceBlock block : floorBlocks) {
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

    public VenueBrief venue() {
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

    /** Its own blackouts and the plan's closures of it. */
    public List<SpaceBlock> blocks() {
        return blocks;
    }

    /** Its own blocks, then those of each space it shares floor with: every block space-availability counts. */
    public List<SpaceBlock> floorBlocks() {
        return floorBlocks;
    }

    @Override
    public String toString() {
        return id;
    }
}
