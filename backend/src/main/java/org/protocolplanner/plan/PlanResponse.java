package org.protocolplanner.plan;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.plan.scenario.ScenarioPolicy;

/**
 * A plan or scenario as the API shows it.
 *
 * @param setbacks       how many engagements of a live plan are still where a venue declined, let a request lapse or
 *                       cancelled a booking: why the plan needs a re-plan or attention (decision 0110)
 * @param allowedActions what the signed-in user may do with it now ({@link PlanPolicy}): the UI shows its
 *                       actions from this list rather than from the roles
 */
public record PlanResponse(
        long id,
        String name,
        Plan.Kind kind,
        Plan.@Nullable ScenarioStatus scenarioStatus,
        long revision,
        @Nullable Long originPlanId,
        @Nullable Long originRevision,
        String timeZone,
        LocalDateTime horizonStart,
        LocalDateTime horizonEnd,
        int grainMinutes,
        double travelSpeedKmh,
        double travelRoadFactor,
        int travelFixedMinutes,
        List<String> venueIds,
        boolean needsReplan,
        boolean needsAttention,
        PlanSetbacks.Setbacks setbacks,
        long engagementCount,
        long delegationCount,
        long version,

        @ArraySchema(
                schema =
                        @Schema(
                                allowableValues = {
                                    PlanPolicy.EDIT,
                                    PlanPolicy.DELETE,
                                    PlanPolicy.SOLVE,
                                    PlanPolicy.PUBLISH,
                                    ScenarioPolicy.CREATE_SCENARIO,
                                    ScenarioPolicy.COMPARE,
                                    ScenarioPolicy.PROPOSE,
                                    ScenarioPolicy.ADOPT
                                }))
        List<String> allowedActions) {

    static PlanResponse of(
            Plan plan,
            PlanSetbacks.Setbacks setbacks,
            long engagementCount,
            long delegationCount,
            List<String> allowedActions) {
        return new PlanResponse(
                plan.getId(),
                plan.getName(),
                plan.getKind(),
                plan.getScenarioStatus(),
                plan.getRevision(),
                plan.getOriginPlanId(),
                plan.getOriginRevision(),
                plan.getTimeZone(),
                plan.getHorizonStart(),
                plan.getHorizonEnd(),
                plan.getGrainMinutes(),
                plan.getTravelSpeedKmh(),
                plan.getTravelRoadFactor(),
                plan.getTravelFixedMinutes(),
                List.copyOf(plan.getVenueIds()),
                plan.isNeedsReplan(),
                plan.isNeedsAttention(),
                setbacks,
                engagementCount,
                delegationCount,
                plan.getVersion(),
                allowedActions);
    }
}
