package org.protocolplanner.planning.constraints;

import org.protocolplanner.planning.model.Delegation;
import org.protocolplanner.planning.model.EngagementAssignment;

/**
 * A delegation at one of its scheduled engagements: what the delegation rules join, by delegation and
 * time ({@link ProtocolConstraintProvider#bothScheduled}).
 */
record DelegationStop(Delegation delegation, EngagementAssignment assignment) {

    int start() {
        return assignment.getStart();
    }

    /**
     * Until when a later engagement of the delegation can still be penalised with this one: past the end by
     * the longest trip from its venue (travel-time) or by the rest pause (rest-gap), whichever is longer.
     */
    int reachEnd() {
        return assignment.end()
                + Math.max(SoftConstraints.REST_MINUTES, assignment.venue().longestTravelMinutes());
    }
}
