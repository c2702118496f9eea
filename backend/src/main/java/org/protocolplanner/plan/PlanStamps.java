package org.protocolplanner.plan;

import java.util.List;
import org.protocolplanner.exchange.ClosureDoc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a plan's problem and assignment depend on, read in two small queries instead of exporting
 * the whole plan: its revision (any change to its engagements, delegations, weights, closures,
 * assignment or settings moves it), its derived closures (another plan's confirmed bookings move
 * them, not this plan's revision), and the count, versions and ids of the venues and spaces it may
 * use (catalogue edits bump their versions, opening hours and blackouts included).
 */
@Component
class PlanStamps {

    record Stamp(long revision, List<ClosureDoc> derivedClosures, String catalogue) {
    }

    private final JdbcTemplate jdbc;
    private final DerivedClosures derivedClosures;

    PlanStamps(JdbcTemplate jdbc, DerivedClosures derivedClosures) {
        this.jdbc = jdbc;
        this.derivedClosures = derivedClosures;
    }

    Stamp of(Plan plan) {
        String catalogue = jdbc.queryForObject("""
                select (select count(*) || ':' || coalesce(sum(v.version), 0) || ':' || coalesce(sum(hashtext(v.id)), 0)
                        from venue v join plan_venue pv on pv.venue_id = v.id and pv.plan_id = ?)
                    || '/' ||
                       (select count(*) || ':' || coalesce(sum(s.version), 0) || ':' || coalesce(sum(hashtext(s.id)), 0)
                        from space s join plan_venue pv on pv.venue_id = s.venue_id and pv.plan_id = ?)""",
                String.class, plan.getId(), plan.getId());
        return new Stamp(plan.getRevision(), derivedClosures.of(plan), catalogue);
    }
}
