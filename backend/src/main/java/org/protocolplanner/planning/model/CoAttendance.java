package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delegation attends both engagements, {@code first} and {@code second} (distinct; both orders are
 * facts). The delegation rules join these pairs with the two assignments by hash: joining on time
 * with an overlap index instead would scan half the schedule for every move.
 */
public record CoAttendance(Delegation delegation, Engagement first, Engagement second) {

    /** Every ordered pair of distinct engagements that some delegation attends, once per delegation. */
    public static List<CoAttendance> of(List<Engagement> engagements) {
        Map<Delegation, List<Engagement>> byDelegation = new LinkedHashMap<>();
        for (Engagement engagement : engagements) {
            for (Delegation delegation : engagement.delegations()) {
                byDelegation.computeIfAbsent(delegation, d -> new ArrayList<>()).add(engagement);
            }
        }
        List<CoAttendance> pairs = new ArrayList<>();
        byDelegation.forEach((delegation, attended) -> {
            for (Engagement first : attended) {
                for (Engagement second : attended) {
                    if (first != second) {
                        pairs.add(new CoAttendance(delegation, first, second));
                    }
                }
            }
        });
        return pairs;
    }
}
