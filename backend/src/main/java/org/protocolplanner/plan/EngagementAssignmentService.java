package org.protocolplanner.plan;

import java.util.List;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementPolicy;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.engagement.EngagementResponse;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.analysis.PlaceOptions;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Moving and pinning engagements by hand, and trying a move first. Both score on a
 * {@link ScheduleDraft} of the plan, so that a preview after a move is quick.
 */
@Service
public class EngagementAssignmentService {

    /** How many places {@link #places} lists when not told, and at most. */
    static final int DEFAULT_PLACES = 10;
    static final int MOST_PLACES = 50;

    private final PlanService plans;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final ScheduleDrafts drafts;
    private final AuditLog audit;

    EngagementAssignmentService(PlanService plans, PlanExporter exporter, EngagementRepository engagements,
            ScheduleDrafts drafts, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.exporter = exporter;
        this.engagements = engagements;
        this.drafts = drafts;
    }

    /** Sets or clears the engagement's place and its pin; answers it as saved and the plan's new score. */
    @Transactional
    public AssignmentResponse assign(long planId, String ref, AssignmentRequest request) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanEdit(CurrentUser.get(), plan);
        Engagement engagement = engagements.findByPlanIdAndRef(planId, ref)
                .orElseThrow(() -> new NotFoundException("engagement", ref));
        if (request.version() == null) {
            throw new InvalidRequestException("version", "is required (a whole number) to change an engagement");
        }
        if (request.version() != engagement.getVersion()) {
            throw new StaleVersionException("engagement", ref, engagement.getVersion());
        }
        PlanDocument problem = exporter.toDocument(plan);
        Placement placement = PlacementChecks.check(problem.horizon(), spaceId -> problem.venues().stream()
                .flatMap(venue -> venue.spaces().stream()).anyMatch(space -> space.id().equals(spaceId)),
                request.spaceId(), request.start());
        JsonNode before = audit.snapshot(EngagementResponse.audited(engagement));
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
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, ref), "assign", before,
                EngagementResponse.audited(engagement));
        ScoreDoc score = draft(plan).score();
        List<String> actions = EngagementPolicy.allowedActions(PlanPolicy.canEdit(CurrentUser.get(), plan));
        return new AssignmentResponse(EngagementResponse.of(engagement, actions), score, score.hard() == 0);
    }

    /** The score the move would give and the matches it would add and remove; nothing is saved. */
    @Transactional(readOnly = true)
    public ScorePreview preview(long planId, ScorePreviewRequest request) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanPreview(CurrentUser.get(), plan);
        ScheduleDraft draft = draft(plan);
        if (request.eventId() == null || !draft.hasEngagement(request.eventId())) {
            throw new InvalidRequestException("eventId", "names no engagement of this plan");
        }
        Placement placement = PlacementChecks.check(
                new Horizon(plan.getHorizonStart(), plan.getHorizonEnd(), plan.getGrainMinutes()), draft::hasSpace,
                request.spaceId(), request.start());
        return draft.preview(request.eventId(), placement);
    }

    /**
     * The best places for one engagement, scheduled or not, ranked by the plan's score with it there:
     * for whoever reads the plan, since nothing changes. A planner on a live plan sees the places but
     * may not move the engagement there.
     *
     * @param limit how many, 1 to {@value #MOST_PLACES}; null for {@value #DEFAULT_PLACES}
     */
    @Transactional(readOnly = true)
    public PlaceOptions places(long planId, String ref, Integer limit) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        int count = limit == null ? DEFAULT_PLACES : limit;
        if (count < 1 || count > MOST_PLACES) {
            throw new InvalidRequestException("limit", "must be from 1 to " + MOST_PLACES);
        }
        Plan plan = plans.load(planId);
        if (engagements.findByPlanIdAndRef(planId, ref).isEmpty()) {
            throw new NotFoundException("engagement", ref);
        }
        return draft(plan).places(ref, count);
    }

    /** The draft at the plan's current state: kept from an earlier request when nothing changed since. */
    private ScheduleDraft draft(Plan plan) {
        return drafts.draft(plan, () -> exporter.toDocument(plan),
                () -> CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId())));
    }
}
