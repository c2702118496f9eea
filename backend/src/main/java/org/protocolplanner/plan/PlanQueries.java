package org.protocolplanner.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** What other modules read of the {@code plan} table to tell people what needs them: they ask here. */
@Service
public class PlanQueries {

    /** A live plan that a booking's answer, lapse or cancellation left needing a re-plan or attention. */
    public record PlanNeedingWork(
            long id, String name, boolean needsReplan, boolean needsAttention, Instant updatedAt) {}

    /** A scenario with its status and the live plan it was copied from (null when that was deleted). */
    public record ScenarioOf(
            long id,
            String name,
            Plan.ScenarioStatus status,
            Long originPlanId,
            String originPlanName,
            Instant updatedAt) {}

    private final JdbcTemplate jdbc;

    PlanQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live plans needing a re-plan or attention, the most recently changed first. */
    public List<PlanNeedingWork> livePlansNeedingWork() {
        return jdbc.query(
                """
                select id, name, needs_replan, needs_attention, updated_at from plan
                where kind = 'LIVE' and (needs_replan or needs_attention) order by updated_at desc, id desc""",
                (row, i) -> new PlanNeedingWork(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getBoolean("needs_replan"),
                        row.getBoolean("needs_attention"),
                        row.getTimestamp("updated_at").toInstant()));
    }

    /** The scenarios this user made, drafts and proposals before adopted ones, the most recently changed first. */
    public List<ScenarioOf> scenariosCreatedBy(String username, int limit) {
        return jdbc.query(
                """
                select s.id, s.name, s.scenario_status, s.origin_plan_id, o.name as origin_name, s.updated_at
                from plan s left join plan o on o.id = s.origin_plan_id
                where s.kind = 'SCENARIO' and s.created_by = ?
                order by s.scenario_status = 'ADOPTED', s.updated_at desc, s.id desc limit ?""",
                (row, i) -> {
                    long origin = row.getLong("origin_plan_id");
                    return new ScenarioOf(
                            row.getLong("id"),
                            row.getString("name"),
                            Plan.ScenarioStatus.valueOf(row.getString("scenario_status")),
                            row.wasNull() ? null : origin,
                            row.getString("origin_name"),
                            row.getTimestamp("updated_at").toInstant());
                },
                username,
                limit);
    }

    /** How many scenarios this user made, by status. */
    public Map<Plan.ScenarioStatus, Long> scenarioCountsOf(String username) {
        Map<Plan.ScenarioStatus, Long> counts = new HashMap<>();
        jdbc.query(
                "select scenario_status, count(*) from plan where kind = 'SCENARIO' and created_by = ?"
                        + " group by scenario_status",
                row -> {
                    counts.put(Plan.ScenarioStatus.valueOf(row.getString(1)), row.getLong(2));
                },
                username);
        return counts;
    }

    /** The names of these plans, by id; an unknown id is left out. */
    public Map<Long, String> namesOf(Collection<Long> planIds) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                "select id, name from plan where id = any(?)",
                row -> {
                    names.put(row.getLong(1), row.getString(2));
                },
                (Object) planIds.toArray(Long[]::new));
        return names;
    }
}
