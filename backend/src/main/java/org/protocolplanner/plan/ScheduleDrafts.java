package org.protocolplanner.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.ScheduleScorer;
import org.springframework.stereotype.Component;

/**
 * The schedule drafts that score previews run on, one per plan for the few plans last previewed.
 * Building a draft exports and scores the whole plan (seconds on the demo summit); a preview on a
 * built one takes milliseconds. A draft is reused only while the plan's {@link PlanStamps stamp} is
 * the one it was built at, so any change to the plan, its bookings or its venues builds a new one.
 */
@Component
class ScheduleDrafts {

    /** Plans whose drafts stay built; the one previewed longest ago is dropped first. */
    static final int PLANS_KEPT = 4;

    private record Entry(PlanStamps.Stamp stamp, ScheduleDraft draft) {}

    private final ScheduleScorer scorer;
    private final PlanStamps stamps;
    private final PlanExporter exporter;
    private final EngagementRepository engagements;
    private final Map<Long, Entry> byPlan = new LinkedHashMap<>(PLANS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            // Not closed here: a request that fetched it a moment ago may still be previewing on it; the
            // garbage collector frees it once nobody holds it.
            return size() > PLANS_KEPT;
        }
    };

    ScheduleDrafts(ScheduleScorer scorer, PlanStamps stamps, PlanExporter exporter, EngagementRepository engagements) {
        this.scorer = scorer;
        this.stamps = stamps;
        this.exporter = exporter;
        this.engagements = engagements;
    }

    /**
     * The plan's draft, built from its export and its engagements' current places unless one at its
     * current stamp is kept. Call it after the plan's changes are flushed, so that the stamp includes them.
     */
    ScheduleDraft draft(Plan plan) {
        PlanStamps.Stamp stamp = stamps.of(plan);
        synchronized (byPlan) {
            Entry entry = byPlan.get(plan.getId());
            if (entry != null && entry.stamp().equals(stamp)) {
                return entry.draft();
            }
        }
        // Built outside the lock so that previews of other plans do not wait for it.
        ScheduleDraft draft = scorer.draft(
                exporter.toDocument(plan), CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId())));
        synchronized (byPlan) {
            byPlan.put(plan.getId(), new Entry(stamp, draft));
        }
        return draft;
    }

    /**
     * The plan's draft after one engagement was moved by hand in a committed change that made the plan's
     * {@code revision}: the draft kept at the revision before, with the engagement moved in it (milliseconds),
     * when there is one and the plan has not changed since; else the plan's draft as {@link #draft} gives it.
     */
    ScheduleDraft draftAfterMove(Plan plan, String eventId, @Nullable Placement placement, long revision) {
        PlanStamps.Stamp stamp = stamps.of(plan);
        PlanStamps.Stamp before = new PlanStamps.Stamp(revision - 1, stamp.derivedClosures(), stamp.catalogue());
        Entry entry;
        synchronized (byPlan) {
            entry = byPlan.get(plan.getId());
        }
        if (stamp.revision() != revision
                || entry == null
                || !entry.stamp().equals(before)
                || !entry.draft().hasEngagement(eventId)
                || (placement != null && !entry.draft().hasSpace(placement.spaceId()))) {
            return draft(plan);
        }
        entry.draft().apply(eventId, placement);
        synchronized (byPlan) {
            byPlan.put(plan.getId(), new Entry(stamp, entry.draft()));
        }
        return entry.draft();
    }
}
