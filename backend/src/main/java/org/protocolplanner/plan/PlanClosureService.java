package org.protocolplanner.plan;

import static org.protocolplanner.shared.web.ElementEdits.nextPosition;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.plan.PlanEdits.Section;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's closures: its own, which the plan's editors add and remove, and those derived from confirmed
 * bookings elsewhere. Every change is checked against the whole plan with the exchange format's rules
 * ({@link PlanEdits}) and moves the plan's revision.
 */
@Service
public class PlanClosureService {

    private final PlanService plans;
    private final PlanEdits edits;
    private final PlanClosureRepository closures;
    private final DerivedClosures derivedClosures;
    private final AuditLog audit;

    PlanClosureService(
            PlanService plans,
            PlanEdits edits,
            PlanClosureRepository closures,
            DerivedClosures derivedClosures,
            AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.edits = edits;
        this.closures = closures;
        this.derivedClosures = derivedClosures;
    }

    @Transactional(readOnly = true)
    public List<ClosureResponse> closures(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        List<ClosureResponse> result = new ArrayList<>();
        closures.findByPlanIdOrderByPosition(planId)
                .forEach(c -> result.add(new ClosureResponse(
                        c.getId(), c.getSpaceId(), c.getStart(), c.getEnd(), c.getReason(), false)));
        derivedClosures
                .of(plan)
                .forEach(c -> result.add(new ClosureResponse(null, c.spaceId(), c.start(), c.end(), c.reason(), true)));
        return result;
    }

    @Transactional
    public ClosureResponse addClosure(long planId, ClosureRequest body) {
        Plan plan = editable(planId);
        PlanDocument document = edits.withElement(plan, Section.CLOSURES, body, null);
        ClosureDoc doc = document.closures().get(document.closures().size() - 1);
        List<PlanClosure> own = closures.findByPlanIdOrderByPosition(planId);
        PlanClosure closure = closures.saveAndFlush(new PlanClosure(
                planId,
                nextPosition(own.stream().map(PlanClosure::getPosition).toList()),
                doc.spaceId(),
                doc.start(),
                doc.end(),
                doc.reason()));
        plan.markRevised();
        ClosureResponse created = new ClosureResponse(
                closure.getId(),
                closure.getSpaceId(),
                closure.getStart(),
                closure.getEnd(),
                closure.getReason(),
                false);
        audit.record(AuditedEntity.CLOSURE, closure.getId(), "create", null, created);
        return created;
    }

    @Transactional
    public void deleteClosure(long planId, long closureId) {
        Plan plan = editable(planId);
        PlanClosure closure = closures.findById(closureId)
                .filter(c -> c.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("closure", closureId));
        ClosureResponse before = new ClosureResponse(
                closure.getId(),
                closure.getSpaceId(),
                closure.getStart(),
                closure.getEnd(),
                closure.getReason(),
                false);
        closures.delete(closure);
        plan.markRevised();
        audit.record(AuditedEntity.CLOSURE, closureId, "delete", before, null);
    }

    // --- helpers

    private Plan editable(long planId) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        return plan;
    }
}
