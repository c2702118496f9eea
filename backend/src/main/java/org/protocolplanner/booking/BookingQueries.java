package org.protocolplanner.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.protocolplanner.plan.ConfirmedBookings;
import org.protocolplanner.security.AccountQueries;
import org.protocolplanner.venue.VenueQueries;
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

    /** How many open requests must be answered by one answer-by time (null: none set). */
    public record DeadlineCount(Instant answerBy, long requests) {}

    /** How many open requests of one plan, and the soonest answer-by time among them. */
    public record PlanRequests(long planId, long requests, Instant soonestAnswerBy) {}

    private final JdbcTemplate jdbc;
    private final VenueQueries venues;
    private final AccountQueries accounts;

    BookingQueries(JdbcTemplate jdbc, VenueQueries venues, AccountQueries accounts) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.accounts = accounts;
    }

    /** The open requests at these venues (a manager's), counted by answer-by time, the soonest first. */
    public List<DeadlineCount> requestsByDeadline(Collection<String> venueIds) {
        return byDeadline("space_id = any(?)", venues.spaceIdsOf(venueIds));
    }

    /** The open requests at venues without managers, which the protocol officers answer, by answer-by time. */
    public List<DeadlineCount> unmanagedRequestsByDeadline() {
        return byDeadline("not (space_id = any(?))", venues.spaceIdsOf(accounts.managedVenueIds()));
    }

    /** The open requests, at any venue, whose answer-by time comes by {@code until}, per plan, the soonest first. */
    public List<PlanRequests> requestsDueBy(Instant until) {
        return jdbc.query(
                """
                select plan_id, count(*) as requests, min(answer_by) as soonest from booking
                where status = 'REQUESTED' and answer_by <= ?
                group by plan_id order by min(answer_by), plan_id""",
                (row, i) -> new PlanRequests(
                        row.getLong("plan_id"),
                        row.getLong("requests"),
                        row.getTimestamp("soonest").toInstant()),
                Timestamp.from(until));
    }

    private List<DeadlineCount> byDeadline(String spaces, List<String> spaceIds) {
        return jdbc.query(
                "select answer_by, count(*) as requests from booking where status = 'REQUESTED' and " + spaces
                        + " group by answer_by order by answer_by nulls last",
                (row, i) -> {
                    Timestamp answerBy = row.getTimestamp("answer_by");
                    return new DeadlineCount(answerBy == null ? null : answerBy.toInstant(), row.getLong("requests"));
                },
                (Object) spaceIds.toArray(String[]::new));
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
