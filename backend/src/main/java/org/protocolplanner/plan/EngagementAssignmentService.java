package org.protocolplanner.plan;

import org.protocolplanner.event.Engagement;
import org.protocolplanner.event.EngagementRepository;
import org.protocolplanner.plan.exchange.Placement;
import org.protocolplanner.plan.exchange.PlanDocument;
import org.protocolplanner.plan.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving and pinning engagements by hand, and trying a move first. Both score on a
 * {@link ScheduleDraft} of the plan, so that a preview after a move is quick.
 */
@Service
public class EngagementAssignmentService {

    private final PlanService plans;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final ScheduleDrafts drafts;

    EngagementAssignmentService(PlanService plans, PlanExporter exporter, EngagementRepository engagements,
            ScheduleDrafts drafts) {
        this.plans = plans;
        this.exporter = exporter;
        this.engagements = engagements;
        this.drafts = drafts;
    }

    /** Sets or clears the engagement's place and its pin; answers it as saved and the plan's new score. */
    @Transactional
    public AssignmentResponse assign(long planId, String ref, AssignmentRequest request) {
        Plan plan = plans.load(planId);
        PlanAccess.checkCanEdit(plan);
        Engagement engagement = engagements.findByPlanIdAndRef(planId, ref)
                .orElseThrow(() -> new NotFoundException("engagement", ref));
        if (request.version() == null) {
            throw new InvalidRequestException("version", "is required (a whole number) to change an engagement");
        }
        if (request.version() != engagement.getVersion()) {
            throw new StaleVersionException("engagement", ref, engagement.getVersion());
        }
        Placement placement = PlacementChecks.check(exporter.toDocument(plan), request.spaceId(), request.start());
        boolean pinned = request.pinned() == null ? engagement.isPinned() : request.pinned();
        if (pinned && placement == null) {
            throw new InvalidRequestException("pinned", "an unscheduled engagement cannot be pinned");
        }
        if (pinned) {
            engagement.pin(placement.spaceId(), placement.start());
        } else {
            engagement.pin(null, null);
            engagement.assign(placement == null ? null : placement.spaceId(),
                    placement == null ? null : placement.start());
        }
        plan.markRevised();
        engagements.saveAndFlush(engagement);
        ScoreDoc score = draft(plan).score();
        return new AssignmentResponse(EngagementResponse.of(engagement), score, score.hard() == 0);
    }

    /** The score the move would give and the matches it would add and remove; nothing is saved. */
    @Transactional(readOnly = true)
    public ScorePreview preview(long planId, ScorePreviewRequest request) {
        Plan plan = plans.load(planId);
        PlanAccess.checkCanPreview(plan);
        PlanDocument problem = exporter.toDocument(plan);
        if (request.eventId() == null || problem.events().stream().noneMatch(e -> e.id().equals(request.eventId()))) {
            throw new InvalidRequestException("eventId", "names no engagement of this plan");
        }
        Placement placement = PlacementChecks.check(problem, request.spaceId(), request.start());
        return draft(plan, problem).preview(request.eventId(), placement);
    }

    private ScheduleDraft draft(Plan plan) {
        return draft(plan, exporter.toDocument(plan));
    }

    private ScheduleDraft draft(Plan plan, PlanDocument problem) {
        return drafts.draft(plan.getId(), problem,
                CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId())));
    }
}
