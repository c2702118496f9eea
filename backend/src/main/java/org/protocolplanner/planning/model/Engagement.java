package org.protocolplanner.planning.model;

import java.util.List;
import org.protocolplanner.shared.protocol.EventType;

/**
 * An event to be placed: the problem fact. Where and when it takes place is its
 * {@link EngagementAssignment}. Equal only to itself, so that joins on it hash cheaply.
 */
public final class Engagement {

    private final String id;
    private final String title;
    private final EventType type;
    private final int priority;
    private final List<Delegation> delegations;
    private final int durationMinutes;
    private final SpaceNeeds needs;
    private final EventWindow window;

    /**
     * @param durationMinutes already rounded up to the grain: the length of the event's interval
     * @param priority        1-10, what leaving it unscheduled costs
     */
    public Engagement(String id, String title, EventType type, int priority, List<Delegation> delegations,
            int durationMinutes, SpaceNeeds needs, EventWindow window) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.priority = priority;
        this.delegations = List.copyOf(delegations);
        this.durationMinutes = durationMinutes;
        this.needs = needs;
        this.window = window;
    }

    public boolean isAttendedBy(Delegation delegation) {
        return delegations.contains(delegation);
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

    public List<Delegation> delegations() {
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

    @Override
    public String toString() {
        return id;
    }
}
