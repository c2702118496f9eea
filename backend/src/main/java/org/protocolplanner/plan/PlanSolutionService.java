package org.protocolplanner.plan;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.ImportedSolution;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocumentReader;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's current assignment as a solution document, scored by the solver's own constraints on
 * the exported problem (derived closures included), and the import of one. An imported document's
 * score is never trusted: it is recomputed.
 */
@Service
public class PlanSolutionService {

    private final PlanService plans;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final ScheduleScorer scorer;
    private final AuditLog audit;
    private final SolutionDocumentReader reader = new SolutionDocumentReader();

    PlanSolutionService(
            PlanService plans,
            PlanExporter exporter,
            EngagementRepository engagements,
            ScheduleScorer scorer,
            AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.exporter = exporter;
        this.engagements = engagements;
        this.scorer = scorer;
    }

    @Transactional(readOnly = true)
    public SolutionDocument current(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        return score(plan);
    }

    @Transactional
    public SolutionDocument importSolution(long planId, InputStream body) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        PlanDocument problem = exporter.toDocument(plan);
        ImportedSolution solution = reader.read(body, problem);
        Map<String, AssignmentDoc> byEvent = new HashMap<>();
        solution.assignments().forEach(assignment -> byEvent.put(assignment.eventId(), assignment));
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        AssignmentChanges changes = AssignmentChanges.of(all);
        for (Engagement engagement : all) {
            AssignmentDoc assignment = byEvent.get(engagement.getRef());
            engagement.assign(
                    assignment == null ? null : assignment.spaceId(), assignment == null ? null : assignment.start());
        }
        plan.markMoved();
        engagements.flush();
        changes.record(audit, CurrentUser.username(), planId, "import-solution", all);
        return score(plan);
    }

    private SolutionDocument score(Plan plan) {
        PlanDocument problem = exporter.toDocument(plan);
        return scorer.score(problem, CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId())));
    }
}
