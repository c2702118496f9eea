package org.protocolplanner.plan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanClosure;
import org.protocolplanner.plan.PlanClosureRepository;
import org.protocolplanner.plan.PlanExporter;
import org.springframework.stereotype.Component;

/**
 * Makes one plan's delegations, engagements (with their assignment and pins) and own closures equal to
 * another's: into an empty scenario when it is copied, into the live plan when a scenario is adopted.
 * Rows of the same id are updated in place rather than replaced, so the live plan's bookings stay
 * attached to their engagements through an adoption.
 */
@Component
class PlanContentCopy {

    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final PlanClosureRepository closures;

    PlanContentCopy(
            DelegationRepository delegations, EngagementRepository engagements, PlanClosureRepository closures) {
        this.delegations = delegations;
        this.engagements = engagements;
        this.closures = closures;
    }

    void copy(Plan source, Plan target) {
        copyDelegations(source.getId(), target.getId());
        copyEngagements(source.getId(), target.getId());
        copyClosures(source.getId(), target.getId());
        target.setVenueIds(List.copyOf(source.getVenueIds()));
        target.setWeights(List.copyOf(source.getWeights()));
    }

    private void copyDelegations(Long sourceId, Long targetId) {
        Map<String, Delegation> existing = new LinkedHashMap<>();
        delegations
                .findByPlanIdOrderByPosition(targetId)
                .forEach(delegation -> existing.put(delegation.getRef(), delegation));
        List<Delegation> copies = new ArrayList<>();
        int position = 0;
        for (Delegation delegation : delegations.findByPlanIdOrderByPosition(sourceId)) {
            Delegation copy = existing.remove(delegation.getRef());
            if (copy == null) {
                copy = new Delegation(targetId, delegation.getRef(), position);
            }
            copy.setPosition(position++);
            copy.apply(PlanExporter.toDocument(delegation));
            copies.add(copy);
        }
        delegations.deleteAll(existing.values());
        delegations.saveAll(copies);
    }

    private void copyEngagements(Long sourceId, Long targetId) {
        Map<String, Engagement> existing = new LinkedHashMap<>();
        engagements
                .findByPlanIdOrderByPosition(targetId)
                .forEach(engagement -> existing.put(engagement.getRef(), engagement));
        List<Engagement> copies = new ArrayList<>();
        int position = 0;
        for (Engagement engagement : engagements.findByPlanIdOrderByPosition(sourceId)) {
            Engagement copy = existing.remove(engagement.getRef());
            if (copy == null) {
                copy = new Engagement(targetId, engagement.getRef(), position);
            }
            copy.setPosition(position++);
            copy.apply(PlanExporter.toDocument(engagement));
            copy.assign(engagement.getAssignedSpaceId(), engagement.getAssignedStart());
            copies.add(copy);
        }
        // Deleting an engagement detaches its bookings (the foreign key sets null); they stay as they are.
        engagements.deleteAll(existing.values());
        engagements.saveAll(copies);
    }

    private void copyClosures(Long sourceId, Long targetId) {
        closures.deleteAll(closures.findByPlanIdOrderByPosition(targetId));
        List<PlanClosure> copies = new ArrayList<>();
        int position = 0;
        for (PlanClosure closure : closures.findByPlanIdOrderByPosition(sourceId)) {
            copies.add(new PlanClosure(
                    targetId,
                    position++,
                    closure.getSpaceId(),
                    closure.getStart(),
                    closure.getEnd(),
                    closure.getReason()));
        }
        closures.saveAll(copies);
    }
}
