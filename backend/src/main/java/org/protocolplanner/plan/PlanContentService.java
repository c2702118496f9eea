package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.delegation.DelegationRepository;
import org.protocolplanner.event.Engagement;
import org.protocolplanner.event.EngagementRepository;
import org.protocolplanner.plan.PlanEdits.Section;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A plan's delegations, engagements and closures. Every change is checked against the whole plan
 * with the exchange format's rules ({@link PlanEdits}) and moves the plan's revision.
 */
@Service
public class PlanContentService {

    private final PlanService plans;
    private final PlanEdits edits;
    private final DelegationRepository delegations;
    private final EngagementRepository engagements;
    private final PlanClosureRepository closures;
    private final DerivedClosures derivedClosures;
    private final AuditLog audit;

    PlanContentService(PlanService plans, PlanEdits edits, DelegationRepository delegations,
            EngagementRepository engagements, PlanClosureRepository closures, DerivedClosures derivedClosures,
            AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.edits = edits;
        this.delegations = delegations;
        this.engagements = engagements;
        this.closures = closures;
        this.derivedClosures = derivedClosures;
    }

    // --- delegations

    @Transactional(readOnly = true)
    public Page<DelegationResponse> delegations(long planId, Pageable pageable) {
        PlanAccess.checkCanRead();
        plans.load(planId);
        return delegations.findByPlanId(planId, byPosition(pageable)).map(DelegationResponse::of);
    }

    @Transactional
    public DelegationResponse addDelegation(long planId, JsonNode body) {
        Plan plan = editable(planId);
        PlanDocument document = edits.withElement(plan, Section.DELEGATIONS, body, null);
        DelegationDoc doc = document.delegations().get(document.delegations().size() - 1);
        Delegation delegation = PlanImporter.toDelegation(planId, nextPosition(delegations.findByPlanIdOrderByPosition(
                planId).stream().map(Delegation::getPosition).toList()), doc);
        plan.markRevised();
        DelegationResponse created = DelegationResponse.of(delegations.saveAndFlush(delegation));
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, doc.id()), "create", null, created);
        return created;
    }

    @Transactional
    public DelegationResponse updateDelegation(long planId, String ref, JsonNode body) {
        Plan plan = editable(planId);
        List<Delegation> all = delegations.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Delegation::getRef).toList(), ref, "delegation");
        Delegation delegation = all.get(index);
        checkVersion("delegation", ref, body, delegation.getVersion());
        checkSameId(body, ref);
        DelegationDoc doc = edits.withElement(plan, Section.DELEGATIONS, body, index).delegations().get(index);
        JsonNode before = audit.snapshot(DelegationResponse.of(delegation));
        PlanImporter.apply(delegation, doc);
        plan.markRevised();
        DelegationResponse after = DelegationResponse.of(delegations.saveAndFlush(delegation));
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, ref), "update", before, after);
        return after;
    }

    @Transactional
    public void deleteDelegation(long planId, String ref) {
        Plan plan = editable(planId);
        List<Delegation> all = delegations.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Delegation::getRef).toList(), ref, "delegation");
        edits.withoutElement(plan, Section.DELEGATIONS, index, "delegation '" + ref + "'");
        JsonNode before = audit.snapshot(DelegationResponse.of(all.get(index)));
        delegations.delete(all.get(index));
        plan.markRevised();
        audit.record(AuditedEntity.DELEGATION, AuditedEntity.inPlan(planId, ref), "delete", before, null);
    }

    // --- engagements

    @Transactional(readOnly = true)
    public Page<EngagementResponse> engagements(long planId, Pageable pageable) {
        PlanAccess.checkCanRead();
        plans.load(planId);
        return engagements.findByPlanId(planId, byPosition(pageable)).map(EngagementResponse::of);
    }

    @Transactional(readOnly = true)
    public EngagementResponse engagement(long planId, String ref) {
        PlanAccess.checkCanRead();
        plans.load(planId);
        return engagements.findByPlanIdAndRef(planId, ref).map(EngagementResponse::of)
                .orElseThrow(() -> new NotFoundException("engagement", ref));
    }

    @Transactional
    public EngagementResponse addEngagement(long planId, JsonNode body) {
        Plan plan = editable(planId);
        PlanDocument document = edits.withElement(plan, Section.EVENTS, body, null);
        EventDoc doc = document.events().get(document.events().size() - 1);
        Engagement engagement = PlanImporter.toEngagement(planId, nextPosition(engagements.findByPlanIdOrderByPosition(
                planId).stream().map(Engagement::getPosition).toList()), doc);
        plan.markRevised();
        EngagementResponse created = EngagementResponse.of(engagements.saveAndFlush(engagement));
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, doc.id()), "create", null, created);
        return created;
    }

    @Transactional
    public EngagementResponse updateEngagement(long planId, String ref, JsonNode body) {
        Plan plan = editable(planId);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Engagement::getRef).toList(), ref, "engagement");
        Engagement engagement = all.get(index);
        checkVersion("engagement", ref, body, engagement.getVersion());
        checkSameId(body, ref);
        EventDoc doc = edits.withElement(plan, Section.EVENTS, body, index).events().get(index);
        JsonNode before = audit.snapshot(EngagementResponse.of(engagement));
        PlanImporter.apply(engagement, doc);
        plan.markRevised();
        EngagementResponse after = EngagementResponse.of(engagements.saveAndFlush(engagement));
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, ref), "update", before, after);
        return after;
    }

    @Transactional
    public void deleteEngagement(long planId, String ref) {
        Plan plan = editable(planId);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Engagement::getRef).toList(), ref, "engagement");
        edits.withoutElement(plan, Section.EVENTS, index, "engagement '" + ref + "'");
        JsonNode before = audit.snapshot(EngagementResponse.of(all.get(index)));
        engagements.delete(all.get(index));
        plan.markRevised();
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, ref), "delete", before, null);
    }

    // --- closures

    @Transactional(readOnly = true)
    public List<ClosureResponse> closures(long planId) {
        PlanAccess.checkCanRead();
        Plan plan = plans.load(planId);
        List<ClosureResponse> result = new ArrayList<>();
        closures.findByPlanIdOrderByPosition(planId).forEach(c -> result.add(
                new ClosureResponse(c.getId(), c.getSpaceId(), c.getStart(), c.getEnd(), c.getReason(), false)));
        derivedClosures.of(plan).forEach(c -> result.add(
                new ClosureResponse(null, c.spaceId(), c.start(), c.end(), c.reason(), true)));
        return result;
    }

    @Transactional
    public ClosureResponse addClosure(long planId, JsonNode body) {
        Plan plan = editable(planId);
        if (body != null && body.isObject() && body.path("derived").asBoolean(false)) {
            throw new InvalidRequestException("derived", "derived closures come from confirmed bookings only");
        }
        PlanDocument document = edits.withElement(plan, Section.CLOSURES, body, null);
        ClosureDoc doc = document.closures().get(document.closures().size() - 1);
        List<PlanClosure> own = closures.findByPlanIdOrderByPosition(planId);
        PlanClosure closure = closures.saveAndFlush(new PlanClosure(planId,
                nextPosition(own.stream().map(PlanClosure::getPosition).toList()), doc.spaceId(), doc.start(),
                doc.end(), doc.reason()));
        plan.markRevised();
        ClosureResponse created = new ClosureResponse(closure.getId(), closure.getSpaceId(), closure.getStart(),
                closure.getEnd(), closure.getReason(), false);
        audit.record(AuditedEntity.CLOSURE, closure.getId(), "create", null, created);
        return created;
    }

    @Transactional
    public void deleteClosure(long planId, long closureId) {
        Plan plan = editable(planId);
        PlanClosure closure = closures.findById(closureId)
                .filter(c -> c.getPlanId().equals(planId))
                .orElseThrow(() -> new NotFoundException("closure", closureId));
        ClosureResponse before = new ClosureResponse(closure.getId(), closure.getSpaceId(), closure.getStart(),
                closure.getEnd(), closure.getReason(), false);
        closures.delete(closure);
        plan.markRevised();
        audit.record(AuditedEntity.CLOSURE, closureId, "delete", before, null);
    }

    // --- helpers

    private Plan editable(long planId) {
        Plan plan = plans.load(planId);
        PlanAccess.checkCanEdit(plan);
        return plan;
    }

    private static Pageable byPosition(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("position"));
    }

    private static int nextPosition(List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    private static int indexOf(List<String> refs, String ref, String what) {
        int index = refs.indexOf(ref);
        if (index < 0) {
            throw new NotFoundException(what, ref);
        }
        return index;
    }

    private static void checkVersion(String what, String ref, JsonNode body, long current) {
        JsonNode version = body == null ? null : body.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()) {
            throw new InvalidRequestException("version", "is required (a whole number of at most 64 bits) to change"
                    + " an existing " + what);
        }
        if (version.asLong() != current) {
            throw new StaleVersionException(what, ref, current);
        }
    }

    private static void checkSameId(JsonNode body, String ref) {
        JsonNode id = body.get("id");
        if (id != null && !(id.isString() && ref.equals(id.stringValue()))) {
            throw new InvalidRequestException("id", "cannot change: delete the element and add a new one");
        }
    }
}
