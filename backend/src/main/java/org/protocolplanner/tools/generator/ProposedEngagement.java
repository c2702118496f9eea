package org.protocolplanner.tools.generator;

import java.util.List;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An engagement before it is placed and given its window: what the event document will say, with
 * delegations and {@code after} as indexes (into the roster and the engagement list) until ids are
 * given to what survives placement.
 *
 * @param requiredGrade the grade its venue needs: the highest its attendees' ranks need, raised
 *                      to {@code minSecurityGrade}
 * @param earlyInVisit  customarily held on the first possible day (welcome ceremony, talks with
 *                      the host, the opening plenary and banquet)
 */
record ProposedEngagement(
        int index,
        EventType type,
        String title,
        List<Integer> delegations,
        int headcount,
        Layout layout,
        int durationMinutes,
        List<Feature> requiredFeatures,
        SecurityGrade minSecurityGrade,
        SecurityGrade requiredGrade,
        int priority,
        List<Integer> after,
        boolean confidential,
        boolean earlyInVisit) {}
