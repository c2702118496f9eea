package org.protocolplanner.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every table a request could touch, to show that a refused request changed nothing. */
public final class DatabaseSnapshot {

    private static final List<String> TABLES = List.of(
            "venue",
            "space",
            "space_opening_window",
            "space_blackout",
            "area",
            "plan",
            "plan_venue",
            "plan_weight",
            "plan_closure",
            "delegation",
            "engagement",
            "booking",
            "account",
            "account_role",
            "venue_manager",
            "notification",
            "audit_log");

    private DatabaseSnapshot() {}

    public static Map<String, Integer> rowCounts(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
