package org.protocolplanner.plan.scenario;

import java.util.List;
import java.util.Map;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanExporter;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanRepository;
import org.protocolplanner.plan.PlanResponse;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if scenarios (docs/reference/roles.md): a copy of a live plan that planners change and solve without
 * touching the live plan, propose, and that officers adopt into the live plan unless the live plan
 * has changed since the copy.
 */
@Service
public class ScenarioService {

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final PlanContentCopy content;
    private final AuditLog audit;
    private final AdoptionAudit adoptionAudit;

    ScenarioService(
            PlanService plans,
            PlanRepository planRepository,
            PlanExporter exporter,
            EngagementRepository engagements,
            PlanContentCopy content,
            AuditLog audit,
            AdoptionAudit adoptionAudit) {
        this.audit = audit;
        this.adoptionAudit = adoptionAudit;
        this.plans = plans;
        this.planRepository = planRepository;
        this.exporter = exporter;
        this.engagements = engagements;
        this.content = content;
    }

    public record Adoption(PlanResponse scenario, PlanResponse livePlan) {}

    @Transactional
    public PlanResponse create(long livePlanId, String name) {
        ScenarioPolicy.checkCanCreate(CurrentUser.get());
        Plan origin = plans.load(livePlanId);
        if (origin.getKind() != Plan.Kind.LIVE) {
            throw new ConflictException(Message.of("conflict.copy-scenario", livePlanId));
        }
        Plan scenario = new Plan(
                name == null || name.isBlank() ? origin.getName() + " (scenario)" : name.strip(),
                origin.getHorizonStart(),
                origin.getHorizonEnd());
        scenario.setTimeZone(origin.getTimeZone());
        scenario.setHorizon(origin.getHorizonStart(), origin.getHorizonEnd(), origin.getGrainMinutes());
        scenario.setTravel(origin.getTravelSpeedKmh(), origin.getTravelRoadFactor(), origin.getTravelFixedMinutes());
        scenario.makeScenarioOf(origin, fingerprint(origin).toJson());
        scenario.setCreatedBy(CurrentUser.username());
        planRepository.save(scenario);
        content.copy(origin, scenario);
        planRepository.flush();
        PlanResponse created = plans.get(scenario.getId());
        // One row: the scenario's content is the live plan's at the origin revision it names.
        audit.record(AuditedEntity.PLAN, scenario.getId(), "create-scenario", null, created);
        return created;
    }

    /** A planner puts the scenario forward for adoption; proposing a proposed one again changes nothing. */
    @Transactional
    public PlanResponse propose(long scenarioId) {
        Plan scenario = scenario(scenarioId);
        ScenarioPolicy.checkCanPropose(CurrentUser.get(), scenario);
        PlanResponse before = plans.get(scenarioId);
        scenario.setScenarioStatus(Plan.ScenarioStatus.PROPOSED);
        planRepository.flush();
        PlanResponse after = plans.get(scenarioId);
        audit.record(AuditedEntity.PLAN, scenarioId, "propose", before, after);
        return after;
    }

    /**
     * Copies the scenario's delegations, engagements with their assignment, weights, closures and venues
     * into its live plan, and leaves the scenario adopted and read-only. Bookings are not touched: a
     * confirmed one stays where it is, and holds its engagement if that stayed in place.
     */
    @Transactional
    public Adoption adopt(long scenarioId) {
        Plan scenario = scenario(scenarioId);
        ScenarioPolicy.checkCanAdopt(CurrentUser.get(), scenario);
        Plan live = scenario.getOriginPlanId() == null
                ? null
                : planRepository.findById(scenario.getOriginPlanId()).orElse(null);
        if (live == null) {
            throw new ConflictException(Message.of("conflict.origin-gone"));
        }
        PlanPolicy.checkCanEdit(CurrentUser.get(), live);
        if (live.getRevision() != scenario.getOriginRevision()) {
            List<PlanFingerprint.Change> changes =
                    fingerprint(live).changesSince(PlanFingerprint.fromJson(scenario.getOriginFingerprint()));
            throw new ConflictException(
                    Message.of("conflict.origin-changed", scenario.getOriginRevision(), live.getRevision()),
                    Map.of(
                            "originRevision",
                            scenario.getOriginRevision(),
                            "liveRevision",
                            live.getRevision(),
                            "changes",
                            changes));
        }
        AdoptionAudit.Content liveBefore = adoptionAudit.snapshot(live);
        PlanResponse scenarioBefore = plans.get(scenarioId);
        content.copy(scenario, live);
        live.markRevised();
        scenario.setScenarioStatus(Plan.ScenarioStatus.ADOPTED);
        planRepository.flush();
        adoptionAudit.record(live, scenarioId, liveBefore);
        Adoption adoption = new Adoption(plans.get(scenarioId), plans.get(live.getId()));
        audit.record(AuditedEntity.PLAN, scenarioId, "adopt", scenarioBefore, adoption.scenario());
        return adoption;
    }

    Plan scenario(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        if (plan.getKind() != Plan.Kind.SCENARIO) {
            throw new ConflictException(Message.of("conflict.not-scenario", planId));
        }
        return plan;
    }

    Plan plan(long planId) {
        return plans.load(planId);
    }

    private PlanFingerprint fingerprint(Plan plan) {
        return PlanFingerprint.of(
                plan, exporter.toDocument(plan), engagements.findByPlanIdOrderByPosition(plan.getId()));
    }
}
