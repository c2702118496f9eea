package org.protocolplanner.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.ScheduleScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedule drafts that score previews, places and moves by hand run on, one per plan for the few plans
 * last used. Building a draft exports and scores the whole plan (seconds on the demo summit); a preview on a
 * built one takes milliseconds. A draft is reused as it is while the plan's {@link PlanStamps stamp} is the
 * one it was built at. When only the engagements' places changed since (moves by hand, on this instance or
 * another, and solves), it is brought up to date from the saved places, rescoring only the engagements that
 * moved; any other change to the plan, its bookings or its venues builds a new one.
 *
 * <p>Call it outside a transaction: it reads the database in short transactions of its own and holds no
 * connection while it scores or while it waits for another request's build, which takes seconds. A caller's
 * transaction would hold its connection all that time, and the requests queued behind one build would
 * take the whole pool, leaving reads to time out waiting for a connection.
 */
@Component
class ScheduleDrafts {

    /** Plans whose drafts stay built; the one used longest ago is dropped first. */
    static final int PLANS_KEPT = 4;

    private static final Logger log = LoggerFactory.getLogger(ScheduleDrafts.class);

    private record Entry(PlanStamps.Stamp stamp, ScheduleDraft draft) {}

    private final ScheduleScorer scorer;
    private final PlanStamps stamps;
    private final EngagementRepository engagements;
    private final SavedProblems problems;
    private final TransactionTemplate reading;
    /** A lock per plan, held while its draft is built. */
    private final Map<Long, Object> building = new ConcurrentHashMap<>();

    private final Map<Long, Entry> byPlan = new LinkedHashMap<>(PLANS_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            // Not closed here: a request that fetched it a moment ago may still be previewing on it; the
            // garbage collector frees it once nobody holds it.
            return size() > PLANS_KEPT;
        }
    };

    ScheduleDrafts(
            ScheduleScorer scorer,
            PlanStamps stamps,
            EngagementRepository engagements,
            SavedProblems problems,
            PlatformTransactionManager transactions) {
        this.scorer = scorer;
        this.stamps = stamps;
        this.engagements = engagements;
        this.problems = problems;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The plan's draft as the plan is saved: the one kept at its current stamp, the kept one brought up to
     * date when only places changed since, else a new one built from its export and its engagements'
     * places. Call it after the plan's changes are flushed, so that the stamp includes them.
     */
    ScheduleDraft draft(Plan plan) {
        PlanStamps.Stamp stamp = reading.execute(status -> stamps.of(plan));
        ScheduleDraft kept = keptOrBroughtUpToDate(plan, stamp);
        if (kept != null) {
            return kept;
        }
        // One build per plan at a time: the requests that arrive meanwhile wait for it and bring it up to
        // date, rather than each building its own (seconds of CPU each, which then queued everything else).
        // Previews of other plans do not wait for it.
        synchronized (building.computeIfAbsent(plan.getId(), id -> new Object())) {
            kept = keptOrBroughtUpToDate(plan, stamp);
            if (kept != null) {
                return kept;
            }
            long started = System.nanoTime();
            SavedProblems.Saved saved = problems.read(plan.getId());
            ScheduleDraft draft = scorer.draft(saved.problem(), saved.places());
            log.debug(
                    "Built the draft of plan {} at revision {} in {} ms",
                    plan.getId(),
                    stamp.revision(),
                    (System.nanoTime() - started) / 1_000_000);
            synchronized (byPlan) {
                byPlan.put(plan.getId(), new Entry(stamp, draft));
            }
            return draft;
        }
    }

    /** The kept draft at {@code stamp}, or brought up to it; null when none is kept or the problem changed. */
    private @Nullable ScheduleDraft keptOrBroughtUpToDate(Plan plan, PlanStamps.Stamp stamp) {
        Entry entry;
        synchronized (byPlan) {
            entry = byPlan.get(plan.getId());
        }
        if (entry != null
                && (entry.stamp().equals(stamp)
                        || (entry.stamp().sameProblem(stamp) && broughtUpToDate(plan, stamp, entry)))) {
            return entry.draft();
        }
        return null;
    }

    private boolean broughtUpToDate(Plan plan, PlanStamps.Stamp stamp, Entry entry) {
        long started = System.nanoTime();
        Optional<ScoreDoc> score = entry.draft().bringUpToDate(() -> savedPlaces(plan));
        if (score.isEmpty()) {
            return false;
        }
        log.debug(
                "Brought the draft of plan {} from revision {} to {} in {} ms",
                plan.getId(),
                entry.stamp().revision(),
                stamp.revision(),
                (System.nanoTime() - started) / 1_000_000);
        synchronized (byPlan) {
            // The places were read after the stamp, so the draft holds at least this revision. A caller that
            // read an older stamp while another brought the draft further does not label it back.
            Entry kept = byPlan.get(plan.getId());
            if (kept != null && kept.draft() == entry.draft() && kept.stamp().revision() < stamp.revision()) {
                byPlan.put(plan.getId(), new Entry(stamp, entry.draft()));
            }
        }
        return true;
    }

    private Map<String, Placement> savedPlaces(Plan plan) {
        return CurrentPlacements.of(engagements.findByPlanIdOrderByPosition(plan.getId()));
    }
}
