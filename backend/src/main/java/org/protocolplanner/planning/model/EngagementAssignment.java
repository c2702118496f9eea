package org.protocolplanner.planning.model;

import org.optaplanner.core.api.domain.entity.PinningFilter;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Where and when an engagement takes place: the planning entity. Both variables may stay null, so
 * the solver can leave an engagement out rather than break a hard rule; an engagement lacking either
 * is unscheduled. The candidate ranges only steer the solver: the rules score any space and start,
 * also a pinned or imported one outside them.
 */
@PlanningEntity(difficultyComparatorClass = EngagementDifficulty.class, pinningFilter = EngagementAssignment.Held.class)
public class EngagementAssignment {

    public static final String SPACE_RANGE = "candidateSpaces";
    public static final String START_RANGE = "candidateStarts";
    public static final String SPACE_VARIABLE = "space";
    public static final String START_VARIABLE = "start";

    @PlanningId
    private String id;

    private EngagementBrief engagement;
    private SpaceRange candidateSpaces;
    private StartRange candidateStarts;

    @PlanningPin
    private boolean pinned;

    /**
     * Kept at its published place for the rest of a re-plan's solve (see {@code ReplanScope}); the solver
     * treats it as pinned, but it is no pin of the plan's and is never saved.
     */
    private boolean held;

    @PlanningVariable(valueRangeProviderRefs = SPACE_RANGE, nullable = true)
    private SpaceBrief space;

    /** Plan minutes; on the grain. */
    @PlanningVariable(valueRangeProviderRefs = START_RANGE, nullable = true)
    private Integer start;

    /** For OptaPlanner's solution cloner. */
    EngagementAssignment() {}

    public EngagementAssignment(EngagementBrief engagement, SpaceRange candidateSpaces, StartRange candidateStarts) {
        this.id = engagement.id();
        this.engagement = engagement;
        this.candidateSpaces = candidateSpaces;
        this.candidateStarts = candidateStarts;
    }

    /** Puts the engagement in {@code space} at {@code start}; either may be null. */
    public void place(SpaceBrief space, Integer start) {
        this.space = space;
        this.start = start;
    }

    public boolean isScheduled() {
        return space != null && start != null;
    }

    /** End of the event's interval {@code [start, end)}; only for a scheduled engagement. */
    public int end() {
        return start + engagement.durationMinutes();
    }

    /** End of the space's busy interval: the event's end plus the space's turnover. */
    public int busyEnd() {
        return end() + space.turnoverMinutes();
    }

    public VenueBrief venue() {
        return space.venue();
    }

    /** The floor of the space: engagements that may conflict over space have the same one. */
    public SpaceBrief floor() {
        return space.floor();
    }

    /** Minutes the two events' intervals share. */
    public int overlapWith(EngagementAssignment other) {
        return Intervals.overlap(start, end(), other.start, other.end());
    }

    /** Minutes the two events' busy intervals share, each with its own space's turnover (meaningful on one floor). */
    public int busyOverlapWith(EngagementAssignment other) {
        return Intervals.overlap(start, busyEnd(), other.start, other.busyEnd());
    }

    /**
     * Travel-time's penalty for a delegation going from this event to {@code later}: the travel minutes
     * between the venues minus the gap, when {@code later} starts at or after this one ends.
     */
    public int travelShortfallTo(EngagementAssignment later) {
        int gap = later.start - end();
        // Most pairs of a delegation's engagements lie days apart: the venue's longest trip rules them out
        // without a lookup in the travel matrix, which is too large to stay in the processor's cache.
        if (gap < 0 || gap >= venue().longestTravelMinutes()) {
            return 0;
        }
        return Math.max(0, travelMinutesTo(later) - gap);
    }

    public int travelMinutesTo(EngagementAssignment later) {
        return venue().travelMinutesTo(later.venue());
    }

    public int peopleOverCapacity() {
        return engagement.needs().peopleOverCapacity(space);
    }

    public int gradeStepsShort() {
        return engagement.needs().gradeStepsShort(space);
    }

    public int missingFeatureCount() {
        return engagement.needs().missingFeatureCount(space);
    }

    public boolean isInExcludedSpace() {
        return engagement.needs().excludes(space);
    }

    public int unavailableMinutes() {
        return space.unavailableMinutes(start, end());
    }

    public int windowMinutesBroken() {
        return engagement.window().minutesBroken(start, end());
    }

    /** Rank-prestige's penalty: prestige points the venue lies below what the highest-ranking attendee deserves. */
    public int prestigeGap() {
        return Math.max(0, engagement.deservedPrestige() - venue().prestige());
    }

    /** Capacity-fit's penalty, see {@link SpaceNeeds#emptySeatPercentAboveMargin}. */
    public int emptySeatPercentAboveMargin() {
        return engagement.needs().emptySeatPercentAboveMargin(space);
    }

    /** Customary-hours' match: the engagement starts or ends outside its type's customary hours. */
    public boolean offCustomaryHours() {
        return !CustomaryHours.keeps(engagement.type(), start, end());
    }

    /** Plan-stability's penalty; 0 for an engagement that was never published. */
    public int movePoints() {
        PublishedPlace published = engagement.published();
        return published == null ? 0 : published.movePoints(space, start);
    }

    public boolean isOutsidePreferredSpaces() {
        return !engagement.preferredSpaces().isEmpty()
                && !engagement.preferredSpaces().contains(space);
    }

    @ValueRangeProvider(id = SPACE_RANGE)
    public CountableValueRange<SpaceBrief> getCandidateSpaces() {
        return candidateSpaces;
    }

    @ValueRangeProvider(id = START_RANGE)
    public CountableValueRange<Integer> getCandidateStarts() {
        return candidateStarts;
    }

    public String getId() {
        return id;
    }

    public EngagementBrief getEngagement() {
        return engagement;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    /** Whether the solver may not move it: pinned by the plan, or held at its published place by a re-plan. */
    public boolean isFixed() {
        return pinned || held;
    }

    /** Tells OptaPlanner's selectors that a held engagement is pinned for now (besides {@link PlanningPin}). */
    public static final class Held implements PinningFilter<ProtocolSchedule, EngagementAssignment> {

        @Override
        public boolean accept(ProtocolSchedule schedule, EngagementAssignment assignment) {
            return assignment.held;
        }
    }

    public SpaceBrief getSpace() {
        return space;
    }

    public void setSpace(SpaceBrief space) {
        this.space = space;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return id + (isScheduled() ? "@" + space + "+" + start : "(unscheduled)");
    }
}
