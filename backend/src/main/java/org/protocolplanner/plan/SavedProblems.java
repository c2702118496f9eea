package org.protocolplanner.plan;

import java.util.Map;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's problem and its engagements' places as saved, read together in a short read-only transaction of
 * their own, so that the scoring done on them afterwards (a draft's build, a score analysis: seconds on a
 * large plan) holds no database connection.
 */
@Component
class SavedProblems {

    record Saved(PlanDocument problem, Map<String, Placement> places) {}

    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final TransactionTemplate reading;

    SavedProblems(PlanExporter exporter, EngagementRepository engagements, PlatformTransactionManager transactions) {
        this.exporter = exporter;
        this.engagements = engagements;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** @throws org.protocolplanner.shared.web.NotFoundException when there is no such plan */
    Saved read(long planId) {
        return reading.execute(status -> new Saved(
                exporter.export(planId), CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(planId))));
    }
}
