package org.protocolplanner.plan;

import java.time.LocalDateTime;
import java.util.List;

/** A plan or scenario as the API shows it. */
public record PlanResponse(long id, String name, Plan.Kind kind, Plan.ScenarioStatus scenarioStatus, long revision,
        Long originPlanId, Long originRevision, String timeZone, LocalDateTime horizonStart, LocalDateTime horizonEnd,
        int grainMinutes, double travelSpeedKmh, double travelRoadFactor, int travelFixedMinutes,
        List<String> venueIds, boolean needsReplan, boolean needsAttention, long engagementCount,
        long delegationCount, long version) {

    static PlanResponse of(Plan plan, long engagementCount, long delegationCount) {
        return new PlanResponse(plan.getId(), plan.getName(), plan.getKind(), plan.getScenarioStatus(),
                plan.getRevision(), plan.getOriginPlanId(), plan.getOriginRevision(), plan.getTimeZone(),
                plan.getHorizonStart(), plan.getHorizonEnd(), plan.getGrainMinutes(), plan.getTravelSpeedKmh(),
                plan.getTravelRoadFactor(), plan.getTravelFixedMinutes(), List.copyOf(plan.getVenueIds()),
                plan.isNeedsReplan(), plan.isNeedsAttention(), engagementCount, delegationCount, plan.getVersion());
    }
}
