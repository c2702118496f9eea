package org.protocolplanner.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.shared.web.PageResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the change log newest first, filtered by entity, actor and a half-open time range; other modules
 * read its newest entries here.
 */
@Component
public class AuditQuery {

    /** Any filter may be null. */
    record Filter(AuditedEntity entity, String entityId, String actor, Instant from, Instant to) {}

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditQuery(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditEntry> find(Filter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> arguments = new ArrayList<>();
        if (filter.entity() != null) {
            where.append(" and entity_type = ?");
            arguments.add(filter.entity().key());
        }
        if (filter.entityId() != null) {
            where.append(" and entity_id = ?");
            arguments.add(filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            arguments.add(filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= ?");
            arguments.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < ?");
            arguments.add(Timestamp.from(filter.to()));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_log" + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(pageable.getPageSize());
        paged.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.query(
                "select id, occurred_at, actor, entity_type, entity_id, action,"
                        + " before::text as before, after::text as after from audit_log" + where
                        + " order by id desc limit ? offset ?",
                this::entry,
                paged.toArray());
        return PageResponse.of(new PageImpl<>(rows, pageable, total == null ? 0 : total));
    }

    /** The newest entries of the log, without their before and after values. */
    @Transactional(readOnly = true)
    public List<AuditEntry> newest(int count) {
        return jdbc.query(
                "select id, occurred_at, actor, entity_type, entity_id, action, null as before,"
                        + " null as after from audit_log order by id desc limit ?",
                this::entry,
                count);
    }

    private AuditEntry entry(ResultSet row, int index) throws SQLException {
        return new AuditEntry(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                row.getString("entity_type"),
                row.getString("entity_id"),
                row.getString("action"),
                parse(row.getString("before")),
                parse(row.getString("after")));
    }

    private JsonNode parse(String text) {
        return text == null ? null : json.readTree(text);
    }
}
