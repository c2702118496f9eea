package org.protocolplanner.plan.scenario;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.delegation.DelegationResponse;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.engagement.EngagementResponse;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanClosureRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Adoption rewrites a live plan's content: the audit keeps each delegation and engagement that changed
 * with its values before and after (unchanged ones write nothing), and one row for the plan's own
 * closures, venues and weights.
 */
@Component
class AdoptionAudit {

    /** The live plan's content as JSON, taken before the copy. */
    record Content(Map<String, JsonNode> delegations, Map<String, JsonNode> engagements, JsonNode settings) {}

    /** A closure without its id: adoption recreates the rows, and only their values matter. */
    private record ClosureValue(String spaceId, LocalDateTime start, LocalDateTime end, String reason) {}

    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final PlanClosureRepository closures;
    private final AuditLog audit;

    AdoptionAudit(
            DelegationRepository delegations,
            EngagementRepository engagements,
            PlanClosureRepository closures,
            AuditLog audit) {
        this.delegations = delegations;
        this.engagements = engagements;
        this.closures = closures;
        this.audit = audit;
    }

    Content snapshot(Plan live) {
        Map<String, JsonNode> delegationValues = new LinkedHashMap<>();
        delegations
                .findByPlanIdOrderByPosition(live.getId())
                .forEach(delegation ->
                        delegationValues.put(delegation.getRef(), audit.snapshot(DelegationResponse.of(delegation))));
        Map<String, JsonNode> engagementValues = new LinkedHashMap<>();
        engagements
                .findByPlanIdOrderByPosition(live.getId())
                .forEach(engagement -> engagementValues.put(
                        engagement.getRef(), audit.snapshot(EngagementResponse.audited(engagement))));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("venueIds", live.getVenueIds());
        settings.put("weights", live.getWeights());
        settings.put(
                "closures",
                closures.findByPlanIdOrderByPosition(live.getId()).stream()
                        .map(closure -> new ClosureValue(
                                closure.getSpaceId(), closure.getStart(), closure.getEnd(), closure.getReason()))
                        .toList());
        return new Content(delegationValues, engagementValues, audit.snapshot(settings));
    }

    /** Call after the copy is flushed. */
    void record(Plan live, long scenarioId, Content before) {
        Content after = snapshot(live);
        String action = "adopt-scenario-" + scenarioId;
        recordEach(AuditedEntity.DELEGATION, live.getId(), action, before.delegations(), after.delegations());
        recordEach(AuditedEntity.ENGAGEMENT, live.getId(), action, before.engagements(), after.engagements());
        audit.record(AuditedEntity.PLAN, live.getId(), action, before.settings(), after.settings());
    }

    private void recordEach(
            AuditedEntity entity,
            long planId,
            String action,
            Map<String, JsonNode> before,
            Map<String, JsonNode> after) {
        Set<String> refs = new HashSet<>(before.keySet());
        refs.addAll(after.keySet());
        refs.stream()
                .sorted()
                .forEach(ref -> audit.record(
                        entity, AuditedEntity.inPlan(planId, ref), action, before.get(ref), after.get(ref)));
    }
}
