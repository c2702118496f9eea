package org.protocolplanner.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.protocolplanner.plan.ConfirmedBookings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What other modules read of the {@code booking} table: they ask here rather than query it themselves. */
@Service
public class BookingQueries implements ConfirmedBookings {

    /** A booking that holds its space or asks for it: confirmed, or requested and not yet answered. */
    public record HeldBooking(
            long id,
            boolean confirmed,
            long planId,
            long engagementId,
            String spaceId,
            Instant startsAt,
            Instant endsAt) {}

    private final JdbcTemplate jdbc;

    BookingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The requested and confirmed bookings of these spaces across all plans, by start and id. */
    public List<HeldBooking> heldIn(Collection<String> spaceIds) {
        return jdbc.query(
                """
                select id, status, plan_id, engagement_id, space_id, starts_at, ends_at from booking
                where space_id = any (?) and status in ('REQUESTED', 'CONFIRMED')
                order by starts_at, id""",
                (row, i) -> new HeldBooking(
                        row.getLong("id"),
                        "CONFIRMED".equals(row.getString("status")),
                        row.getLong("plan_id"),
                        row.getLong("engagement_id"),
                        row.getString("space_id"),
                        row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant()),
                (Object) spaceIds.toArray(String[]::new));
    }

    @Override
    public int standingOf(long planId) {
        return jdbc.queryForObject(
                "select count(*) from booking where plan_id = ? and status in ('REQUESTED', 'CONFIRMED')",
                Integer.class,
                planId);
    }

    @Override
    public List<Confirmed> confirmedIn(Collection<String> spaceIds) {
        return jdbc.query(
                """
                select id, plan_id, engagement_id, space_id, starts_at, busy_until from booking
                where status = 'CONFIRMED' and space_id = any (?)
                order by space_id, starts_at, id""",
                (row, i) -> {
                    long engagementId = row.getLong("engagement_id");
                    return new Confirmed(
                            row.getLong("id"),
                            row.getLong("plan_id"),
                            row.wasNull() ? null : engagementId,
                            row.getString("space_id"),
                            row.getTimestamp("starts_at").toInstant(),
                            row.getTimestamp("busy_until").toInstant());
                },
                (Object) spaceIds.toArray(String[]::new));
    }
}
