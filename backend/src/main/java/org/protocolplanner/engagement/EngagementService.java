package org.protocolplanner.engagement;

import static org.protocolplanner.shared.web.ElementEdits.byPosition;
import static org.protocolplanner.shared.web.ElementEdits.checkSameId;
import static org.protocolplanner.shared.web.ElementEdits.checkVersion;
import static org.protocolplanner.shared.web.ElementEdits.indexOf;
import static org.protocolplanner.shared.web.ElementEdits.nextPosition;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A plan's engagements and their places set by hand. Every change is checked against the whole plan with
 * the exchange format's rules and moves the plan's revision.
 */
@Service
public class EngagementService {

    private final EngagementPlans plans;
    private final EngagementRepository engagements;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    EngagementService(
            EngagementPlans plans,
            EngagementRepository engagements,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.plans = plans;
        this.engagements = engagements;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<EngagementResponse> engagements(long planId, Pageable pageable) {
        plans.checkCanRead(planId);
        List<String> actions = allowedActions(planId);
        return engagements.findByPlanId(planId, byPosition(pageable)).map(e -> EngagementResponse.of(e, actions));
    }

    @Transactional(readOnly = true)
    public EngagementResponse engagement(long planId, String ref) {
        plans.checkCanRead(planId);
        return engagements
                .findByPlanIdAndRef(planId, ref)
                .map(e -> EngagementResponse.of(e, allowedActions(planId)))
                .orElseThrow(() -> new NotFoundException("engagement", ref));
    }

    @Transactional
    public EngagementResponse addEngagement(long planId, EngagementRequest body) {
        plans.checkCanEdit(planId);
        EventDoc doc = plans.checkedEngagement(planId, body, null);
        Engagement engagement = Engagement.from(
                planId,
                nextPosition(engagements.findByPlanIdOrderByPosition(planId).stream()
                        .map(Engagement::getPosition)
                        .toList()),
                doc);
        plans.markRevised(planId);
        EngagementResponse created =
                EngagementResponse.of(engagements.saveAndFlush(engagement), allowedActions(planId));
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, doc.id()), "create", null, created);
        return created;
    }

    @Transactional
    public EngagementResponse updateEngagement(long planId, String ref, EngagementRequest body) {
        plans.checkCanEdit(planId);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Engagement::getRef).toList(), ref, "engagement");
        Engagement engagement = all.get(index);
        checkVersion("engagement", ref, body.version(), engagement.getVersion());
        checkSameId(body.id(), ref);
        EventDoc doc = plans.checkedEngagement(planId, body, index);
        JsonNode before = audit.snapshot(EngagementResponse.audited(engagement));
        engagement.apply(doc);
        plans.markRevised(planId);
        EngagementResponse after = EngagementResponse.of(engagements.saveAndFlush(engagement), allowedActions(planId));
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, ref), "update", before, after);
        return after;
    }

    @Transactional
    public void deleteEngagement(long planId, String ref) {
        plans.checkCanEdit(planId);
        List<Engagement> all = engagements.findByPlanIdOrderByPosition(planId);
        int index = indexOf(all.stream().map(Engagement::getRef).toList(), ref, "engagement");
        plans.checkEngagementRemovable(planId, index, ref);
        JsonNode before = audit.snapshot(EngagementResponse.audited(all.get(index)));
        engagements.delete(all.get(index));
        plans.markRevised(planId);
        audit.record(AuditedEntity.ENGAGEMENT, AuditedEntity.inPlan(planId, ref), "delete", before, null);
    }

    /**
     * Places an engagement by hand: sets or clears its space and start and its pin; answers it as saved and
     * the plan's new score. The change is committed before the score is taken, so that the plan stays locked
     * (changes of one plan wait for each other) for milliseconds, not for the seconds a score can take.
     */
    public AssignmentResponse assign(long planId, String ref, AssignmentRequest request) {
        Assigned assigned = transaction.execute(status -> assignInTransaction(planId, ref, request));
        ScoreDoc score = plans.scoreAfterMove(planId, ref, assigned.placement(), assigned.revision());
        return new AssignmentResponse(
                EngagementResponse.of(assigned.engagement(), allowedActions(planId)), score, score.hard() == 0);
    }

    /** A committed move: the engagement as saved, where it is now, and the plan's revision it made. */
    private record Assigned(Engagement engagement, @Nullable Placement placement, long revision) {}

    private Assigned assignInTransaction(long planId, String ref, AssignmentRequest request) {
        plans.checkCanEdit(planId);
        Engagement engagement =
                engagements.findByPlanIdAndRef(planId, ref).orElseThrow(() -> new NotFoundException("engagement", ref));
        if (request.version() == null) {
            throw new InvalidRequestException("version", "is required (a whole number) to change an engagement");
        }
        if (request.version() != engagement.getVersion()) {
            throw new StaleVersionException("engagement", ref, engagement.getVersion());
        }
        Placement placement = plans.checkedPlacement(planId, request.spaceId(), request.start());
        JsonNode before = audit.snapshot(EngagementResponse.audited(engagement));
        Placement assignedBefore = engagement.isScheduled()
                ? new Placement(engagement.getAssignedSpaceId(), engagement.getAssignedStart())
                : null;
        Placement pinnedBefore = engagement.isPinned()
                ? new Placement(engagement.getPinnedSpaceId(), engagement.getPinnedStart())
                : null;
        boolean pinned = request.pinned() == null ? engagement.isPinned() : request.pinned();
        if (pinned && placement == null) {
            throw new InvalidRequestException("pinned", "an unscheduled engagement cannot be pinned");
        }
        if (pinned) {
            engagement.pin(placement.spaceId(), placement.start());
        } else {
            engagement.pin(null, null);
            engagement.assign(
                    placement == null ? null : placement.spaceId(), placement == null ? null : placement.start());
        }
        plans.markRevised(planId);
        engagements.saveAndFlush(engagement);
        plans.rememberPlaceBefore(planId, ref, Objects.equals(assignedBefore, placement), assignedBefore, pinnedBefore);
        audit.record(
                AuditedEntity.ENGAGEMENT,
                AuditedEntity.inPlan(planId, ref),
                "assign",
                before,
                EngagementResponse.audited(engagement));
        return new Assigned(engagement, placement, plans.revision(planId));
    }

    private List<String> allowedActions(long planId) {
        return EngagementPolicy.allowedActions(plans.canEdit(planId));
    }
}
