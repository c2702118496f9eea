package org.protocolplanner.planning.model;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;

/**
 * An engagement as the solver is briefed on it (who attends, what it needs, its window): the problem
 * fact, made from a stored engagement or an event document. Where and when it takes place is its
 * {@link EngagementAssignment}. Equal only to itself, so that joins on it hash cheaply.
 */
public final class EngagementBrief {

    private final String id;
    private final String title;
    private final EventType type;
    private final int priority;
    private final List<DelegationBrief> delegations;
    private final int durationMinutes;
    private final SpaceNeeds needs;
    private final EventWindow window;
    private final Set<SpaceBrief> preferredSpaces;
    private final PublishedPlace published;
    private final int deservedPrestige;
    private final boolean attendedByHeadOfState;
    private final HeadRank leadingRank;

    /**
     * @param durationMinutes already rounded up to the grain: the length of the event's interval
     * @param priority        1-10, what leaving it unscheduled costs
     * @param published       where a published plan put it; null if nowhere
     */
    public EngagementBrief(
            String id,
            String title,
            EventType type,
            int priority,
            List<DelegationBrief> delegations,
            int durationMinutes,
            SpaceNeeds needs,
            EventWindow window,
            Set<SpaceBrief> preferredSpaces,
            PublishedPlace published) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.priority = priority;
        this.delegations = List.copyOf(delegations);
        this.durationMinutes = durationMinutes;
        this.needs = needs;
        this.window = window;
        this.preferredSpaces = Set.copyOf(preferredSpaces);
        this.published = published;
        this.deservedPrestige = delegations.stream()
                .mapToInt(d -> d.headRank().deservedPrestige())
                .max()
                .orElse(0);
        this.attendedByHeadOfState = delegations.stream().anyMatch(d -> d.headRank() == HeadRank.HEAD_OF_STATE);
        this.leadingRank = delegations.stream()
                .map(DelegationBrief::headRank)
                .min(Comparator.comparingInt(HeadRank::deservedPrestige)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    public boolean isAttendedBy(DelegationBrief delegation) {
        return delegations.contains(delegation);
    }

    /** The venue prestige the highest-ranking attendee deserves; 0 for an event no delegation attends. */
    public int deservedPrestige() {
        return deservedPrestige;
    }

    public boolean isAttendedByHeadOfState() {
        return attendedByHeadOfState;
    }

    /**
     * The rank that sets the engagement's protocol level: the highest-ranking attendee's (most prestige
     * deserved, a head of state before a head of government), as the prestige gap and the equal-treatment
     * spread count it; null for an event no delegation attends.
     */
    public HeadRank leadingRank() {
        return leadingRank;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public EventType type() {
        return type;
    }

    public int priority() {
        return priority;
    }

    public List<DelegationBrief> delegations() {
        return delegations;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public SpaceNeeds needs() {
        return needs;
    }

    public EventWindow window() {
        return window;
    }

    public Set<SpaceBrief> preferredSpaces() {
        return preferredSpaces;
    }

    public PublishedPlace published() {
        return published;
    }

    @Override
    public String toString() {
        return id;
    }
}
