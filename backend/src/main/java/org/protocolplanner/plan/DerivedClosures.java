package org.protocolplanner.plan;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.protocolplanner.exchange.ClosureDoc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The closures a plan gets from confirmed bookings (docs/reference/roles.md): every confirmed booking of a space
 * the plan may use that does not hold one of this plan's engagements where it now is (another plan's,
 * or this plan's own booking of an engagement being moved; a scenario's bookings are its live plan's).
 * It closes the space from its start minus the space's turnover to the end of its busy interval, so
 * nothing placed there can collide with it.
 */
@Component
class DerivedClosures {

    private final JdbcTemplate jdbc;

    DerivedClosures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ClosureDoc> of(Plan plan) {
        ZoneId zone = ZoneId.of(plan.getTimeZone());
        // A scenario holds no bookings of its own: its live plan's bookings are its own, held by the
        // scenario's engagement of the same id when that sits at the booked place.
        long bookingPlan = plan.getKind() == Plan.Kind.SCENARIO && plan.getOriginPlanId() != null
                ? plan.getOriginPlanId() : plan.getId();
        return jdbc.query("""
                select b.id, b.space_id, b.starts_at, b.busy_until, s.turnover_minutes
                from booking b
                join space s on s.id = b.space_id
                join plan_venue pv on pv.venue_id = s.venue_id and pv.plan_id = ?
                left join engagement booked on booked.id = b.engagement_id
                left join engagement mine on mine.plan_id = ? and mine.ref = booked.ref
                where b.status = 'CONFIRMED'
                  and not (b.plan_id = ? and mine.assigned_space_id = b.space_id
                           and mine.assigned_start = (b.starts_at at time zone ?))
                order by b.space_id, b.starts_at, b.id""",
                (row, i) -> new ClosureDoc(row.getString("space_id"),
                        local(row.getTimestamp("starts_at"), zone).minusMinutes(row.getInt("turnover_minutes")),
                        local(row.getTimestamp("busy_until"), zone),
                        "confirmed booking " + row.getLong("id"), true),
                plan.getId(), plan.getId(), bookingPlan, plan.getTimeZone());
    }

    private static LocalDateTime local(Timestamp timestamp, ZoneId zone) {
        return timestamp.toInstant().atZone(zone).toLocalDateTime();
    }
}
