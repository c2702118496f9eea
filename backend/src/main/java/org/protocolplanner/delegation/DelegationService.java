package org.protocolplanner.delegation;

import static org.protocolplanner.shared.web.ElementEdits.byPosition;
import static org.protocolplanner.shared.web.ElementEdits.checkSameId;
import static org.protocolplanner.shared.web.ElementEdits.checkVersion;
import static org.protocolplanner.shared.web.ElementEdits.indexOf;
import static org.protocolplanner.shared.web.ElementEdits.nextPosition;

import java.util.List;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.exchange.DelegationDoc;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A plan's delegations. Every change is checked against the whole plan with the exchange format's rules
 * and moves the plan's revision.
 */
@Service
public class DelegationService {

    private final DelegationPlans plans;
    private final DelegationRepository delegations;
    private final AuditLog audit;

    DelegationService(DelegationPlans plans, DelegationRepository delegations, AuditLog audit) {
        this.plans = plans;
        this.delegations = delegations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<DelegationResponse> delegations(long planId, Pageable pageable) {
        plans.checkCanRead(planId);
        return delegations.findByPlanId(planId, byPosition(pageable)).map(DelegationResponse::of);
    }

    @Transactional
    public DelegationResponse addDelegation(long planId, DelegationRequest body) {
        plans.checkCanEdit(planId);
        DelegationDoc doc = plans.checkedDelegation(planId, body, null);
        Delegation delegation = Delegation.from(
                planId,
                nextPosition(delegations.findByPlanIdOrderByPosition(planId).stream()
                        .map(Delegation::getPosition)
                        .toList()),
                doc);
        plans.markRevised(planId);
        DelegationResponse created = DelegationResponse.of(delegations.saveAndFlush(delegation));
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, doc.id()), "create", null, created);
        return created;
    }

    @Transactional
    public DelegationResponse updateDelegation(long planId, String ref, DelegationRequest body) {
        plans.checkCanEdit(planId);
        List<Delegation> all = delegations.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Delegation::getRef).toList(), ref, "delegation");
        Delegation delegation = all.get(index);
        checkVersion("delegation", ref, body.version(), delegation.getVersion());
        checkSameId(body.id(), ref);
        DelegationDoc doc = plans.checkedDelegation(planId, body, index);
        JsonNode before = audit.snapshot(DelegationResponse.of(delegation));
        delegation.apply(doc);
        plans.markRevised(planId);
        DelegationResponse after = DelegationResponse.of(delegations.saveAndFlush(delegation));
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, ref), "update", before, after);
        return after;
    }

    @Transactional
    public void deleteDelegation(long planId, String ref) {
        plans.checkCanEdit(planId);
        List<Delegation> all = delegations.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Delegation::getRef).toList(), ref, "delegation");
        plans.checkDelegationRemovable(planId, index, ref);
        JsonNode before = audit.snapshot(DelegationResponse.of(all.get(index)));
        delegations.delete(all.get(index));
        plans.markRevised(planId);
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, ref), "delete", before, null);
    }
}
