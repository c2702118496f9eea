package org.protocolplanner.engagement;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the {@code engagement} table beyond the repository's entities: they ask
 * here rather than query the table themselves.
 */
@Service
public class EngagementQueries {

    /** Where a published engagement was published and where it is now; now is null when unscheduled. */
    public record Moved(
            String ref,
            String title,
            String publishedSpaceId,
            LocalDateTime publishedStart,
            String assignedSpaceId,
            LocalDateTime assignedStart) {}

    private static final String MOVED = """
            from engagement
            where plan_id = ? and published_space_id is not null
              and (assigned_space_id is distinct from published_space_id
                   or assigned_start is distinct from published_start)""";

    private final JdbcTemplate jdbc;

    EngagementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's engagements not at their published place, as they stand, in the plan's order. */
    public List<Moved> movedFromPublished(long planId) {
        return jdbc.query(
                "select ref, title, published_space_id, published_start, assigned_space_id," + " assigned_start "
                        + MOVED + " order by position",
                (row, index) -> new Moved(
                        row.getString("ref"),
                        row.getString("title"),
                        row.getString("published_space_id"),
                        localTime(row.getTimestamp("published_start")),
                        row.getString("assigned_space_id"),
                        localTime(row.getTimestamp("assigned_start"))),
                planId);
    }

    /** How many of the plan's engagements are not at their published place. */
    public int countMovedFromPublished(long planId) {
        Integer moved = jdbc.queryForObject("select count(*) " + MOVED, Integer.class, planId);
        return moved == null ? 0 : moved;
    }

    /** The spaces the plan's engagements are placed in, pinned to, published in, prefer or exclude. */
    public List<String> spacesInUse(long planId) {
        return jdbc.queryForList("""
                select distinct used.space_id from engagement e
                    cross join lateral unnest(array[e.assigned_space_id, e.pinned_space_id, e.published_space_id]
                        || e.preferred_spaces || e.excluded_spaces) as used(space_id)
                where e.plan_id = ? and used.space_id is not null""", String.class, planId);
    }

    /** Where an engagement is now; either part is null while it is unscheduled. */
    public record Assigned(String spaceId, LocalDateTime start) {}

    /** The refs of these engagements, by engagement id; engagements that are gone are left out. */
    public Map<Long, String> refsOf(Collection<Long> engagementIds) {
        Map<Long, String> refs = new HashMap<>();
        jdbc.query(
                "select id, ref from engagement where id = any (?)",
                row -> {
                    refs.put(row.getLong("id"), row.getString("ref"));
                },
                (Object) engagementIds.toArray(Long[]::new));
        return refs;
    }

    /** Where the plan's engagements with these refs are now, by ref. */
    public Map<String, Assigned> assignedIn(long planId, Collection<String> refs) {
        Map<String, Assigned> assigned = new HashMap<>();
        jdbc.query(
                "select ref, assigned_space_id, assigned_start from engagement where plan_id = ? and ref = any (?)",
                row -> {
                    assigned.put(
                            row.getString("ref"),
                            new Assigned(
                                    row.getString("assigned_space_id"), localTime(row.getTimestamp("assigned_start"))));
                },
                planId,
                refs.toArray(String[]::new));
        return assigned;
    }

    private static LocalDateTime localTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
