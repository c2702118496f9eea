package org.protocolplanner.plan;

import java.util.List;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.venue.VenueQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a plan's problem and assignment depend on, read in a few small queries instead of exporting
 * the whole plan: its revision (any change to its engagements, delegations, weights, closures,
 * assignment or settings moves it), its problem revision (the same but for a change of the assignment
 * alone), its derived closures (another plan's confirmed bookings move them, not this plan's
 * revision), and the count, versions and ids of the venues and spaces it may use (catalogue edits
 * bump their versions, opening hours and blackouts included).
 */
@Component
class PlanStamps {

    record Stamp(long revision, long problemRevision, List<ClosureDoc> derivedClosures, String catalogue) {

        /** Whether the two stamps are of one problem, the engagements' places aside. */
        boolean sameProblem(Stamp other) {
            return problemRevision == other.problemRevision
                    && derivedClosures.equals(other.derivedClosures)
                    && catalogue.equals(other.catalogue);
        }
    }

    private final JdbcTemplate jdbc;
    private final VenueQueries venues;
    private final DerivedClosures derivedClosures;

    PlanStamps(JdbcTemplate jdbc, VenueQueries venues, DerivedClosures derivedClosures) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.derivedClosures = derivedClosures;
    }

    Stamp of(Plan plan) {
        String catalogue = venues.catalogueStamp(
                jdbc.queryForList("select venue_id from plan_venue where plan_id = ?", String.class, plan.getId()));
        return new Stamp(plan.getRevision(), plan.getProblemRevision(), derivedClosures.of(plan), catalogue);
    }
}
