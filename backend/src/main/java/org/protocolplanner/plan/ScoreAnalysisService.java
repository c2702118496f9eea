package org.protocolplanner.plan;

import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.analysis.ScoreAnalysis;
import org.protocolplanner.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's score explained, on the same problem the solution document scores (derived closures
 * included), so that its constraint rows are the solution document's.
 */
@Service
public class ScoreAnalysisService {

    private final PlanService plans;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final ScheduleScorer scorer;

    ScoreAnalysisService(PlanService plans, PlanExporter exporter, EngagementRepository engagements,
            ScheduleScorer scorer) {
        this.plans = plans;
        this.exporter = exporter;
        this.engagements = engagements;
        this.scorer = scorer;
    }

    @Transactional(readOnly = true)
    public ScoreAnalysis analysis(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        Plan plan = plans.load(planId);
        return scorer.analyze(exporter.toDocument(plan),
                CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(planId)));
    }
}
