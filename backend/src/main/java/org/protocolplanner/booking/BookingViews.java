package org.protocolplanner.booking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bookings as read for people: joined with their space, venue, plan and engagement in one query.
 * Whether the reader may see a confidential engagement's id, title and attendees is decided here too,
 * so that no answer, notification or e-mail can forget it.
 */
@Component
class BookingViews {

    /**
     * Which bookings to list: null fields do not filter; {@code venueIds} null means every venue;
     * {@code managed} true keeps the bookings of venues with managers, false those of venues without.
     */
    record Filter(BookingStatus status, String venueId, Long planId, List<String> venueIds, Boolean managed) {
    }

    /** Whether the booking's space's venue has managers (who then answer its requests, not the officers). */
    private static final String MANAGED = "exists (select 1 from venue_manager m where m.venue_id = s.venue_id)";

    private static final String SELECT = """
            select b.id, b.plan_id, p.name as plan_name, b.status, s.venue_id, v.name_en as venue_name, b.space_id,
                   %s as venue_managed,
                   s.name_en as space_name, b.starts_at, b.ends_at, b.busy_until, p.time_zone, b.answer_by, b.reason,
                   b.replaces_booking_id, b.requested_at, b.answered_at, b.answered_by, b.version,
                   e.ref, e.title, e.type, e.headcount, e.layout, e.required_features, e.confidential,
                   array(select d.name from delegation d where d.plan_id = b.plan_id and d.ref = any(e.delegations)
                         order by d.position) as attendees
            from booking b
            join space s on s.id = b.space_id
            join venue v on v.id = s.venue_id
            join plan p on p.id = b.plan_id
            left join engagement e on e.id = b.engagement_id
            """.formatted(MANAGED);

    private final JdbcTemplate jdbc;

    BookingViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param redact whether confidential engagements lose their id, title and attendees (venue managers) */
    Optional<BookingResponse> find(long id, boolean redact) {
        return jdbc.query(SELECT + " where b.id = ?", (row, i) -> response(row, redact), id).stream().findFirst();
    }

    List<BookingResponse> findAll(List<Long> ids, boolean redact) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT + " where b.id = any(?) order by b.starts_at, b.id",
                (row, i) -> response(row, redact), (Object) ids.toArray(Long[]::new));
    }

    Page<BookingResponse> list(Filter filter, Pageable pageable, boolean redact) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.status() != null) {
            where.append(" and b.status = ?");
            arguments.add(filter.status().name());
        }
        if (filter.venueId() != null) {
            where.append(" and s.venue_id = ?");
            arguments.add(filter.venueId());
        }
        if (filter.planId() != null) {
            where.append(" and b.plan_id = ?");
            arguments.add(filter.planId());
        }
        if (filter.venueIds() != null) {
            where.append(" and s.venue_id = any(?)");
            arguments.add(filter.venueIds().toArray(String[]::new));
        }
        if (filter.managed() != null) {
            where.append(filter.managed() ? " and " : " and not ").append(MANAGED);
        }
        Long total = jdbc.queryForObject("select count(*) from booking b join space s on s.id = b.space_id"
                + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(pageable.getPageSize());
        paged.add(pageable.getOffset());
        List<BookingResponse> content = jdbc.query(SELECT + where + " order by b.starts_at, b.id limit ? offset ?",
                (row, i) -> response(row, redact), paged.toArray());
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    private static BookingResponse response(ResultSet row, boolean redact) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        Instant start = instant(row, "starts_at");
        Instant end = instant(row, "ends_at");
        BookingResponse.EngagementSummary engagement = null;
        if (row.getString("ref") != null) {
            boolean hidden = redact && row.getBoolean("confidential");
            // Its id too: planners' ids name what they hold ("ruritania-state-banquet").
            engagement = new BookingResponse.EngagementSummary(hidden ? null : row.getString("ref"),
                    hidden ? null : row.getString("title"), row.getString("type"), row.getInt("headcount"),
                    row.getString("layout"), strings(row.getArray("required_features")),
                    hidden ? null : strings(row.getArray("attendees")), row.getBoolean("confidential"));
        }
        long replacesId = row.getLong("replaces_booking_id");
        Long replaces = row.wasNull() ? null : replacesId;
        return new BookingResponse(row.getLong("id"), row.getLong("plan_id"), row.getString("plan_name"),
                BookingStatus.valueOf(row.getString("status")), row.getString("venue_id"),
                row.getString("venue_name"), row.getBoolean("venue_managed"), row.getString("space_id"),
                row.getString("space_name"), start, end,
                instant(row, "busy_until"), zone.getId(), start.atZone(zone).toLocalDateTime(),
                end.atZone(zone).toLocalDateTime(), instant(row, "answer_by"), row.getString("reason"),
                replaces, instant(row, "requested_at"), instant(row, "answered_at"),
                row.getString("answered_by"), engagement, row.getLong("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
