package org.protocolplanner.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A venue's calendar: its requested and confirmed bookings across all plans. For a reader who sees
 * confidential engagements only redacted (a venue manager), such an event names the engagement's type,
 * time, headcount, layout and needs, never its title or attendees (docs/reference/roles.md, bookings read).
 */
@Component
class VenueFeed {

    private static final String BOOKINGS = """
            select b.id, b.status, b.starts_at, b.ends_at, v.name_en as venue_name, s.name_en as space_name,
                   p.name as plan_name, e.title, e.type, e.headcount, e.layout, e.required_features, e.confidential,
                   array(select d.name from delegation d where d.plan_id = b.plan_id and d.ref = any(e.delegations)
                         order by d.position) as attendees
            from booking b
            join space s on s.id = b.space_id
            join venue v on v.id = s.venue_id
            join plan p on p.id = b.plan_id
            join engagement e on e.id = b.engagement_id
            where s.venue_id = ? and b.status in ('REQUESTED', 'CONFIRMED')
            order by b.starts_at, b.id
            """;

    private final JdbcTemplate jdbc;

    VenueFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<FeedEvent> events(String venueId, boolean redact) {
        return jdbc.query(BOOKINGS, (row, i) -> event(row, redact), venueId);
    }

    private static FeedEvent event(ResultSet row, boolean redact) throws SQLException {
        boolean confirmed = "CONFIRMED".equals(row.getString("status"));
        boolean hidden = redact && row.getBoolean("confidential");
        String what = hidden ? "Confidential " + words(row.getString("type")) : row.getString("title");
        String summary = what + (confirmed ? " (confirmed)" : " (requested)");
        List<String> lines = new ArrayList<>();
        lines.add("Booking " + row.getLong("id") + ", " + (confirmed ? "confirmed" : "requested, not yet answered"));
        lines.add("Plan: " + row.getString("plan_name"));
        lines.add("Type: " + words(row.getString("type")));
        lines.add("Headcount: " + row.getInt("headcount") + ", layout: " + words(row.getString("layout")));
        List<String> needs = strings(row, "required_features").stream().map(VenueFeed::words).toList();
        lines.add("Needs: " + (needs.isEmpty() ? "none" : String.join(", ", needs)));
        if (!hidden) {
            lines.add("Attendees: " + String.join(", ", strings(row, "attendees")));
        }
        return new FeedEvent("booking-" + row.getLong("id") + "@protocol-planner", summary, String.join("\n", lines),
                row.getString("venue_name") + ", " + row.getString("space_name"),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(), !confirmed);
    }

    /** STATE_BANQUET as "state banquet". */
    private static String words(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
