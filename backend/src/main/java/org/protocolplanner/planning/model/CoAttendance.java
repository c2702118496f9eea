package org.protocolplanner.planning.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delegation attends both engagements, {@code first} and {@code second}: one fact per unordered pair
 * of distinct engagements and delegation, {@code first} the one listed earlier in the plan. The delegation
 * rules join these pairs with the two assignments by hash: joining on time with an overlap index
 * instead would scan half the schedule for every move. One fact per unordered pair rather than one per
 * order halves the joined tuples a move updates; the rules that care about order (travel-time,
 * rest-gap) look at both orders of the pair, of which at most one has the second event start after the
 * first ends.
 */
public record CoAttendance(DelegationBrief delegation, EngagementBrief first, EngagementBrief second) {

    /** Every unordered pair of distinct engagements that some delegation attends, once per delegation. */
    public static List<CoAttendance> of(List<EngagementBrief> engagements) {
        Map<DelegationBrief, List<EngagementBrief>> byDelegation = new LinkedHashMap<>();
        for (EngagementBrief engagement : engagements) {
            for (DelegationBrief delegation : engagement.delegations()) {
                byDelegation.computeIfAbsent(delegation, d -> new ArrayList<>()).add(engagement);
            }
        }
        List<CoAttendance> pairs = new ArrayList<>();
        byDelegation.forEach((delegation, attended) -> {
            for (int i = 0; i < attended.size(); i++) {
                for (int j = i + 1; j < attended.size(); j++) {
                    pairs.add(new CoAttendance(delegation, attended.get(i), attended.get(j)));
                }
            }
        });
        return pairs;
    }
}
