package org.protocolplanner.plan;

import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.analysis.PlaceOptions;
import org.protocolplanner.planning.analysis.ScoreAnalysis;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * A plan's score explained, on the same problem the solution document scores (derived closures
 * included), so that its constraint rows are the solution document's; a move's score tried before it is
 * made, and the best places for an engagement. The previews score on a {@link ScheduleDraft} of the plan,
 * so that a preview after a move is quick. Nothing here changes the plan: placing an engagement is the
 * engagement module's.
 */
@Service
public class ScoreAnalysisService {

    /** How many places {@link #places} lists when not told, and at most. */
    static final int DEFAULT_PLACES = 10;

    static final int MOST_PLACES = 50;

    private final PlanService plans;
    private final EngagementRepository engagements;
    private final ScheduleScorer scorer;
    private final ScheduleDrafts drafts;
    private final SavedProblems problems;

    ScoreAnalysisService(
            PlanService plans,
            EngagementRepository engagements,
            ScheduleScorer scorer,
            ScheduleDrafts drafts,
            SavedProblems problems) {
        this.plans = plans;
        this.engagements = engagements;
        this.scorer = scorer;
        this.drafts = drafts;
        this.problems = problems;
    }

    /** Scored outside the transaction that reads the plan: scoring holds no connection. */
    public ScoreAnalysis analysis(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        SavedProblems.Saved saved = problems.read(planId);
        return scorer.analyze(saved.problem(), saved.places());
    }

    /**
     * The score the move would give and the matches it would add and remove; nothing is saved. Outside a
     * transaction, as the places below: the draft holds no connection while it scores or waits for a build.
     */
    public ScorePreview preview(long planId, ScorePreviewRequest request) {
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanPreview(CurrentUser.get(), plan);
        ScheduleDraft draft = drafts.draft(plan);
        if (request.eventId() == null || !draft.hasEngagement(request.eventId())) {
            throw new InvalidRequestException("eventId", Message.of("input.no-such-engagement"));
        }
        Placement placement = PlacementChecks.check(
                new Horizon(plan.getHorizonStart(), plan.getHorizonEnd(), plan.getGrainMinutes()),
                draft::hasSpace,
                request.spaceId(),
                request.start());
        return draft.preview(request.eventId(), placement);
    }

    /**
     * The best places for one engagement, scheduled or not, ranked by the plan's score with it there:
     * for whoever reads the plan, since nothing changes. A planner on a live plan sees the places but
     * may not move the engagement there.
     *
     * @param limit how many, 1 to {@value #MOST_PLACES}; null for {@value #DEFAULT_PLACES}
     */
    public PlaceOptions places(long planId, String ref, Integer limit) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        int count = limit == null ? DEFAULT_PLACES : limit;
        if (count < 1 || count > MOST_PLACES) {
            throw new InvalidRequestException(
                    "limit", Message.of("input.must-be", Message.of("value.range", 1, MOST_PLACES)));
        }
        Plan plan = plans.load(planId);
        if (engagements.findByPlanIdAndRef(planId, ref).isEmpty()) {
            throw new NotFoundException("engagement", ref);
        }
        return drafts.draft(plan).places(ref, count);
    }
}
