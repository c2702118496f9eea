package org.protocolplanner.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Catalogue search over hundreds of venues: English or Chinese name, type, district, minimum grade,
 * a layout with at least a capacity, a feature, completeness; the catalogue, plans' own venues, or both.
 * Runs as one SQL query so paging stays cheap.
 */
@Component
class VenueSearch {

    /**
     * Which venues a search looks at: the shared catalogue (the default), the venues imported plans brought that
     * the catalogue lacked and that are still those plans' own (decision 0111), or both.
     */
    enum Scope {
        CATALOGUE,
        IMPORTED,
        ALL
    }

    /** The filters of {@code GET /api/venues}; every one is optional, and a null scope is the catalogue. */
    record Criteria(
            String q,
            String type,
            String district,
            SecurityGrade minGrade,
            Layout layout,
            Integer minCapacity,
            Feature feature,
            Boolean incomplete,
            Boolean synthetic,
            Scope scope) {}

    private static final String HAS_CAPACITY = "(s.capacity_theatre is not null or s.capacity_banquet is not null"
            + " or s.capacity_reception is not null or s.capacity_roundtable is not null"
            + " or s.capacity_classroom is not null or s.capacity_ceremony is not null)";

    private final NamedParameterJdbcTemplate jdbc;

    VenueSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<String> ids(Criteria criteria, Pageable pageable) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (criteria.q() != null && !criteria.q().isBlank()) {
            where.add("(lower(v.name_en) like :q or v.name_zh like :qRaw or lower(v.id) like :q)");
            params.addValue("q", "%" + criteria.q().toLowerCase(Locale.ROOT).trim() + "%");
            params.addValue("qRaw", "%" + criteria.q().trim() + "%");
        }
        if (criteria.type() != null && !criteria.type().isBlank()) {
            where.add("lower(v.venue_type) like :type");
            params.addValue("type", "%" + criteria.type().toLowerCase(Locale.ROOT) + "%");
        }
        if (criteria.district() != null && !criteria.district().isBlank()) {
            where.add("lower(v.district) like :district");
            params.addValue("district", "%" + criteria.district().toLowerCase(Locale.ROOT) + "%");
        }
        if (criteria.minGrade() != null) {
            // 'A' < 'B' < 'C' as text, and A is the highest grade.
            where.add("v.security_grade <= :grade");
            params.addValue("grade", criteria.minGrade().name());
        }
        if (criteria.layout() != null) {
            String column = "s.capacity_" + criteria.layout().name().toLowerCase(Locale.ROOT);
            where.add("exists (select 1 from space s where s.venue_id = v.id and " + column + " >= :minCapacity)");
            params.addValue("minCapacity", criteria.minCapacity() == null ? 0 : criteria.minCapacity());
        }
        if (criteria.feature() != null) {
            where.add("exists (select 1 from space s where s.venue_id = v.id and :feature = any(s.features))");
            params.addValue("feature", criteria.feature().name());
        }
        if (criteria.incomplete() != null) {
            String incomplete = "(v.lat is null or v.lon is null or not exists (select 1 from space s"
                    + " where s.venue_id = v.id and " + HAS_CAPACITY + "))";
            where.add(criteria.incomplete() ? incomplete : "not " + incomplete);
        }
        if (criteria.synthetic() != null) {
            where.add("v.synthetic = :synthetic");
            params.addValue("synthetic", criteria.synthetic());
        }
        Scope scope = criteria.scope() == null ? Scope.CATALOGUE : criteria.scope();
        if (scope != Scope.ALL) {
            where.add("v.imported_with_plan_id is " + (scope == Scope.IMPORTED ? "not null" : "null"));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Long total = jdbc.queryForObject("select count(*) from venue v" + filter, params, Long.class);
        params.addValue("limit", pageable.getPageSize());
        params.addValue("offset", pageable.getOffset());
        List<String> ids = jdbc.queryForList(
                "select v.id from venue v" + filter
                        + " order by v.synthetic, lower(v.name_en), v.id limit :limit offset :offset",
                params,
                String.class);
        return new PageImpl<>(ids, pageable, total == null ? 0 : total);
    }
}
