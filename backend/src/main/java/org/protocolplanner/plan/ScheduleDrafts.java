package org.protocolplanner.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.protocolplanner.plan.exchange.Placement;
import org.protocolplanner.plan.exchange.PlanDocument;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.ScheduleScorer;
import org.springframework.stereotype.Component;

/**
 * The schedule drafts that score previews run on, one per plan for the few plans last previewed.
 * Building a draft scores the whole plan (seconds on the demo summit); a preview on a built one takes
 * milliseconds. A draft is reused only while the plan's problem and assignment are exactly those it
 * was built from (compared as exchange documents), so any change (to the plan, its bookings or the
 * venue catalogue) builds a new one and a preview never scores a stale plan.
 */
@Component
class ScheduleDrafts {

    /** Plans whose drafts stay built; the oldest previewed is dropped first. */
    static final int PLANS_KEPT = 4;

    private record Entry(PlanDocument problem, Map<String, Placement> placements, ScheduleDraft draft) {
    }

    private final ScheduleScorer scorer;
    private final Map<Long, Entry> byPlan = new LinkedHashMap<>(PLANS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            // Not closed here: a request that fetched it a moment ago may still be previewing on it; the
            // garbage collector frees it once nobody holds it.
            return size() > PLANS_KEPT;
        }
    };

    ScheduleDrafts(ScheduleScorer scorer) {
        this.scorer = scorer;
    }

    ScheduleDraft draft(long planId, PlanDocument problem, Map<String, Placement> placements) {
        synchronized (byPlan) {
            Entry entry = byPlan.get(planId);
            if (entry != null && entry.problem().equals(problem) && entry.placements().equals(placements)) {
                return entry.draft();
            }
        }
        // Built outside the lock so that previews of other plans do not wait for it.
        ScheduleDraft draft = scorer.draft(problem, placements);
        synchronized (byPlan) {
            byPlan.put(planId, new Entry(problem, Map.copyOf(placements), draft));
        }
        return draft;
    }
}
