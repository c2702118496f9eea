package org.protocolplanner.plan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What bookings change on their plan (docs/reference/roles.md, "Booking lifecycle"): every status change of one of
 * its bookings moves its revision; a declined first request marks it as needing a re-plan, a lapse or a
 * cancellation as needing attention; publishing settles both. These are single-row updates rather than
 * entity writes, so that answers to different bookings of one plan never refuse each other over the
 * plan's version: they only queue for the row for the moment of the update. The version still moves,
 * so that an edit of the plan read before the change is refused as stale rather than undoing it.
 */
@Component
public class PlanMarks {

    private final JdbcTemplate jdbc;

    PlanMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void bookingChanged(long planId) {
        revise(planId, "");
    }

    public void needsReplan(long planId) {
        revise(planId, ", needs_replan = true");
    }

    public void needsAttention(long planId) {
        revise(planId, ", needs_attention = true");
    }

    /** Published: what the venues were asked for is what the plan now says. */
    public void published(long planId) {
        revise(planId, ", needs_replan = false, needs_attention = false");
    }

    /** The plan's revision as the database has it now. */
    public long revision(long planId) {
        return jdbc.queryForObject("select revision from plan where id = ?", Long.class, planId);
    }

    /** An undone decline takes back the re-plan mark it set (its caller has checked that nothing else needs it). */
    public void replanMarkUndone(long planId) {
        revise(planId, ", needs_replan = false");
    }

    private void revise(long planId, String marks) {
        jdbc.update(
                "update plan set revision = revision + 1, version = version + 1, updated_at = now()" + marks
                        + " where id = ?",
                planId);
    }
}
