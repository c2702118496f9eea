package org.protocolplanner.planning.model;

import java.util.EnumSet;
import java.util.Set;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * What an event asks of its space: room for its headcount in its layout, features, a security grade
 * (already raised by the attendees' ranks), and spaces it may not use.
 */
public record SpaceNeeds(
        int headcount,
        Layout layout,
        Set<Feature> requiredFeatures,
        SecurityGrade requiredGrade,
        Set<SpaceBrief> excludedSpaces) {

    public SpaceNeeds {
        requiredFeatures =
                requiredFeatures.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(requiredFeatures);
        excludedSpaces = Set.copyOf(excludedSpaces);
    }

    /** Space-capacity's penalty: people over capacity, or the whole headcount when the layout is missing. */
    public int peopleOverCapacity(SpaceBrief space) {
        return space.takes(layout) ? Math.max(0, headcount - space.capacity(layout)) : headcount;
    }

    /**
     * The empty seats capacity-fit tolerates: a tenth of the headcount, at least two (an interpreter and a
     * note-taker at a table of talks).
     */
    public int seatMargin() {
        return Math.max(2, headcount / 10);
    }

    /** Empty seats beyond the margin; 0 when the space lacks the layout (a hard matter). */
    public int emptySeatsAboveMargin(SpaceBrief space) {
        return space.takes(layout) ? Math.max(0, space.capacity(layout) - headcount - seatMargin()) : 0;
    }

    /**
     * Capacity-fit's penalty: the percentage (rounded down) of the space's seats in this layout left empty
     * beyond the margin. A share rather than a count, because what a delegation sees is how empty the room
     * looks: eight empty chairs at a twelve-seat table look worse than eighty in a thousand-seat hall, and the
     * empty-seat share is what protocol offices compare.
     */
    public int emptySeatPercentAboveMargin(SpaceBrief space) {
        int empty = emptySeatsAboveMargin(space);
        return empty == 0 ? 0 : (int) (100L * empty / space.capacity(layout));
    }

    /** Security-grade's penalty: grade steps the space's venue lies below the required grade. */
    public int gradeStepsShort(SpaceBrief space) {
        return Math.max(0, requiredGrade.level() - space.venue().securityGrade().level());
    }

    public Set<Feature> missingFeatures(SpaceBrief space) {
        Set<Feature> missing = EnumSet.copyOf(requiredFeatures);
        missing.removeAll(space.features());
        return missing;
    }

    /** Required-features' penalty: one per missing feature. */
    public int missingFeatureCount(SpaceBrief space) {
        int count = 0;
        for (Feature feature : requiredFeatures) {
            if (!space.has(feature)) {
                count++;
            }
        }
        return count;
    }

    public boolean excludes(SpaceBrief space) {
        return excludedSpaces.contains(space);
    }

    /** True when the space breaks none of the rules that do not depend on time. */
    public boolean admits(SpaceBrief space) {
        return peopleOverCapacity(space) == 0
                && gradeStepsShort(space) == 0
                && missingFeatureCount(space) == 0
                && !excludes(space);
    }
}
