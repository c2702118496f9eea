package org.protocolplanner.plan;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.ImportedSolution;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocumentReader;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
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
    private final PlanUndo undo;
    private final SolutionDocumentReader reader = new SolutionDocumentReader();

    PlanSolutionService(
            PlanService plans,
            PlanExporter exporter,
            EngagementRepository engagements,
            ScheduleScorer scorer,
            AuditLog audit,
            PlanUndo undo) {
        this.audit = audit;
        this.undo = undo;
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

    /**
     * Makes the document the plan's assignment, and remembers what it replaced for the importer to undo.
     *
     * @param expectedRevision the revision the importer previewed the import on; null for any. A plan changed
     *                         since is refused with 409, so that what is applied is what the preview showed.
     */
    @Transactional
    public SolutionDocument importSolution(long planId, InputStream body, @Nullable Long expectedRevision) {
        Plan plan = plans.loadForChange(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        PlanDocument problem = exporter.toDocument(plan);
        ImportedSolution solution = reader.read(body, problem);
        if (expectedRevision != null && expectedRevision != plan.getRevision()) {
            throw new ConflictException(
                    "The plan has changed since the import was previewed: preview it again.",
                    Map.of("currentRevision", plan.getRevision()));
        }
        Map<String, Placement> imported = placements(solution);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        AssignmentChanges changes = AssignmentChanges.of(all);
        List<PlanUndo.PlaceBefore> replaced = new ArrayList<>();
        for (Engagement engagement : all) {
            Placement placement = imported.get(engagement.getRef());
            if (!Objects.equals(placement, placementOf(engagement))) {
                replaced.add(PlanUndo.PlaceBefore.of(engagement));
            }
            engagement.assign(
                    placement == null ? null : placement.spaceId(), placement == null ? null : placement.start());
        }
        plan.markRevised();
        engagements.flush();
        changes.record(audit, CurrentUser.username(), planId, "import-solution", all);
        undo.remember(planId, UndoSteps.Kind.IMPORT, plan.getRevision(), replaced);
        return score(plan);
    }

    /**
     * What importing the document would change, changing nothing: the engagements it moves, schedules and
     * unschedules, the score before and after, and the hard rules broken after. Refused as the import is (400
     * naming paths for a document that does not fit the plan, 403, 409 while the plan is being solved).
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(long planId, InputStream body) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        PlanDocument problem = exporter.toDocument(plan);
        ImportedSolution solution = reader.read(body, problem);
        Map<String, Placement> imported = placements(solution);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        List<ImportPreview.Change> moved = new ArrayList<>();
        List<ImportPreview.Change> scheduled = new ArrayList<>();
        List<ImportPreview.Change> unscheduled = new ArrayList<>();
        for (Engagement engagement : all) {
            Placement from = placementOf(engagement);
            Placement to = imported.get(engagement.getRef());
            if (Objects.equals(from, to)) {
                continue;
            }
            ImportPreview.Change change = new ImportPreview.Change(
                    engagement.getRef(), engagement.getTitle(), engagement.isPinned(), from, to);
            (from == null ? scheduled : to == null ? unscheduled : moved).add(change);
        }
        SolutionDocument before = scorer.score(problem, CurrentPlacements.of(all));
        SolutionDocument after = scorer.score(problem, imported);
        return new ImportPreview(
                plan.getRevision(),
                moved,
                scheduled,
                unscheduled,
                all.size() - moved.size() - scheduled.size() - unscheduled.size(),
                before.score(),
                before.feasible(),
                after.score(),
                after.feasible(),
                after.constraints().stream()
                        .filter(row -> "HARD".equals(row.level()) && row.matches() > 0)
                        .toList());
    }

    private static Map<String, Placement> placements(ImportedSolution solution) {
        Map<String, Placement> byEvent = new LinkedHashMap<>();
        for (AssignmentDoc assignment : solution.assignments()) {
            byEvent.put(assignment.eventId(), new Placement(assignment.spaceId(), assignment.start()));
        }
        return byEvent;
    }

    private static @Nullable Placement placementOf(Engagement engagement) {
        return engagement.isScheduled()
                ? new Placement(engagement.getAssignedSpaceId(), engagement.getAssignedStart())
                : null;
    }

    private SolutionDocument score(Plan plan) {
        PlanDocument problem = exporter.toDocument(plan);
        return scorer.score(problem, CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId())));
    }
}
