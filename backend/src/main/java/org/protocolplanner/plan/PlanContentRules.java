package org.protocolplanner.plan;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.delegation.DelegationPlans;
import org.protocolplanner.delegation.DelegationRequest;
import org.protocolplanner.engagement.EngagementPlans;
import org.protocolplanner.engagement.EngagementRequest;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.plan.PlanEdits.Section;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.venue.VenueQueries;
import org.springframework.stereotype.Component;

/**
 * The plan's side of a change of its delegations or engagements: its access rules, the exchange format's
 * rules applied to the whole plan ({@link PlanEdits}), its revision, and its score after a move by hand.
 * Runs in the caller's transaction.
 */
@Component
class PlanContentRules implements DelegationPlans, EngagementPlans {

    private final PlanService plans;
    private final PlanEdits edits;
    private final VenueQueries venues;
    private final ScheduleDrafts drafts;
    private final PlanUndo undo;

    PlanContentRules(PlanService plans, PlanEdits edits, VenueQueries venues, ScheduleDrafts drafts, PlanUndo undo) {
        this.plans = plans;
        this.undo = undo;
        this.edits = edits;
        this.venues = venues;
        this.drafts = drafts;
    }

    @Override
    public void checkCanRead(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
    }

    @Override
    public void checkCanEdit(long planId) {
        // Every caller goes on to change the plan's content: its row is locked from here on.
        PlanPolicy.checkCanEdit(CurrentUser.get(), plans.loadForChange(planId));
    }

    @Override
    public boolean canEdit(long planId) {
        return PlanPolicy.canEdit(CurrentUser.get(), plans.load(planId));
    }

    @Override
    public DelegationDoc checkedDelegation(long planId, DelegationRequest body, Integer replaceIndex) {
        PlanDocument document = edits.withElement(plans.load(planId), Section.DELEGATIONS, body, replaceIndex);
        return document.delegations()
                .get(replaceIndex == null ? document.delegations().size() - 1 : replaceIndex);
    }

    @Override
    public EventDoc checkedEngagement(long planId, EngagementRequest body, Integer replaceIndex) {
        PlanDocument document = edits.withElement(plans.load(planId), Section.EVENTS, body, replaceIndex);
        return document.events().get(replaceIndex == null ? document.events().size() - 1 : replaceIndex);
    }

    @Override
    public void checkDelegationRemovable(long planId, int index, String ref) {
        edits.withoutElement(plans.load(planId), Section.DELEGATIONS, index, "delegation", ref);
    }

    @Override
    public void checkEngagementRemovable(long planId, int index, String ref) {
        edits.withoutElement(plans.load(planId), Section.EVENTS, index, "engagement", ref);
    }

    @Override
    public void markRevised(long planId) {
        plans.load(planId).markRevised();
    }

    @Override
    public void markMoved(long planId) {
        plans.load(planId).markMoved();
    }

    @Override
    public void rememberPlaceBefore(
            long planId, String ref, boolean pin, @Nullable Placement assigned, @Nullable Placement pinned) {
        undo.remember(
                planId,
                pin ? UndoSteps.Kind.PIN : UndoSteps.Kind.MOVE,
                plans.load(planId).getRevision(),
                List.of(new PlanUndo.PlaceBefore(
                        ref,
                        assigned == null ? null : assigned.spaceId(),
                        assigned == null ? null : assigned.start().toString(),
                        pinned == null ? null : pinned.spaceId(),
                        pinned == null ? null : pinned.start().toString())));
    }

    @Override
    public Placement checkedPlacement(long planId, String spaceId, LocalDateTime start) {
        // Runs with the plan's row locked: two small queries, where exporting the whole plan for its venues
        // took long enough on a large plan to queue the other changes of the plan behind it.
        Plan plan = plans.load(planId);
        return PlacementChecks.check(
                new Horizon(plan.getHorizonStart(), plan.getHorizonEnd(), plan.getGrainMinutes()),
                id -> venues.isSpaceOfLocatedVenue(id, plan.getVenueIds()),
                spaceId,
                start);
    }

    @Override
    public ScoreDoc scoreAfterMove(long planId) {
        return drafts.draft(plans.load(planId)).score();
    }
}
