package org.protocolplanner.exchange;

import java.util.List;
import java.util.Map;

/**
 * A whole planning problem in the exchange format (docs/reference/exchange-format.md, version 1), with every
 * default filled in. Lists are never null; optional scalars are null when absent.
 *
 * @param constraintWeights soft constraint id to weight, in document order; only the weights the document sets
 */
public record PlanDocument(
        String name,
        String timeZone,
        Horizon horizon,
        TravelModel travel,
        List<VenueDoc> venues,
        List<DelegationDoc> delegations,
        List<EventDoc> events,
        List<ClosureDoc> closures,
        Map<String, Integer> constraintWeights) {

    public static final String FORMAT = "protocol-planner/plan";
    public static final int VERSION = 1;
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
}
