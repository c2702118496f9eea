package org.protocolplanner.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A reader's notifications counted by plan, the plan with the newest first, and marking them read in one
 * statement: after a summit's publish and its hundreds of answers, nobody reads or marks them one by one.
 */
@Component
class NotificationGroups {

    private final JdbcTemplate jdbc;

    NotificationGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param unreadOnly only the plans with unread notifications, and only those counted */
    Page<NotificationGroup> of(long accountId, boolean unreadOnly, Pageable pageable) {
        String where = " from notification where account_id = ?" + (unreadOnly ? " and read_at is null" : "");
        Long total = jdbc.queryForObject("select count(distinct coalesce(plan_id, -1))" + where, Long.class, accountId);
        // The plan's name as its newest notification gives it: a renamed plan shows its latest name.
        List<NotificationGroup> groups = jdbc.query(
                "select plan_id, (array_agg(plan_name order by id desc))[1]"
                        + " as plan_name, count(*) as total, count(*) filter (where read_at is null) as unread,"
                        + " max(created_at) as latest_at" + where
                        + " group by plan_id order by max(id) desc limit ? offset ?",
                (row, i) -> {
                    long planId = row.getLong("plan_id");
                    return new NotificationGroup(
                            row.wasNull() ? null : planId,
                            row.getString("plan_name"),
                            row.getLong("total"),
                            row.getLong("unread"),
                            row.getTimestamp("latest_at").toInstant());
                },
                accountId,
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(groups, pageable, total == null ? 0 : total);
    }

    /** Marks the account's unread notifications of the filter's plans read; how many were. */
    int markRead(long accountId, PlanFilter plans, Instant now) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now), accountId));
        String plan = "";
        if (!plans.any()) {
            plan = plans.planId() == null ? " and plan_id is null" : " and plan_id = ?";
            if (plans.planId() != null) {
                arguments.add(plans.planId());
            }
        }
        return jdbc.update(
                "update notification set read_at = ?, version = version + 1"
                        + " where account_id = ? and read_at is null" + plan,
                arguments.toArray());
    }
}
