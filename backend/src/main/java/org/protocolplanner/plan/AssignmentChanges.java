package org.protocolplanner.plan;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.exchange.Placement;

/**
 * The audit of a change to many engagements' places at once (a solver's save, an imported solution): one
 * row for the plan naming each engagement that moved with its place before and after (null: unscheduled),
 * instead of a row per engagement, so that a solve saving every few seconds writes one small row per save.
 */
public final class AssignmentChanges {

    private final Map<String, Placement> before;

    private AssignmentChanges(Map<String, Placement> before) {
        this.before = before;
    }

    /** Takes the places before the change. */
    public static AssignmentChanges of(Collection<Engagement> engagements) {
        return new AssignmentChanges(places(engagements));
    }

    /** Records the engagements whose place differs now; nothing when none moved. */
    public void record(AuditLog audit, String actor, long planId, String action, Collection<Engagement> engagements) {
        Map<String, Placement> now = places(engagements);
        Map<String, Placement> movedFrom = new TreeMap<>();
        Map<String, Placement> movedTo = new TreeMap<>();
        now.forEach((ref, place) -> {
            if (before.containsKey(ref) && !Objects.equals(before.get(ref), place)) {
                movedFrom.put(ref, before.get(ref));
                movedTo.put(ref, place);
            }
        });
        if (!movedTo.isEmpty()) {
            audit.recordAs(
                    actor,
                    AuditedEntity.PLAN,
                    planId,
                    action,
                    Map.of("assignments", movedFrom),
                    Map.of("assignments", movedTo));
        }
    }

    private static Map<String, Placement> places(Collection<Engagement> engagements) {
        Map<String, Placement> places = new TreeMap<>();
        engagements.forEach(engagement -> places.put(
                engagement.getRef(),
                engagement.isScheduled()
                        ? new Placement(engagement.getAssignedSpaceId(), engagement.getAssignedStart())
                        : null));
        return places;
    }
}
