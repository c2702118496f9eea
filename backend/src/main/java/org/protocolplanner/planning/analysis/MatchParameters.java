package org.protocolplanner.planning.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a match under stable keys. An id is given twice: {@code eventId} with the id and
 * {@code event} with the name the plan gives it (likewise {@code spaceId}/{@code space},
 * {@code venueId}/{@code venue}, {@code delegationId}/{@code delegation}, with prefixes such as
 * {@code first}, {@code second}, {@code from}, {@code to}, {@code published}); times are local
 * date-times of the exchange format ({@code 2026-09-01T09:00}), counts and minutes are numbers, enum
 * values keep their exchange-format spelling ({@code THEATRE}, {@code HEAD_OF_STATE}).
 */
final class MatchParameters {

    private final ScheduleNames names;
    private final Map<String, Object> values = new LinkedHashMap<>();

    MatchParameters(ScheduleNames names) {
        this.names = names;
    }

    MatchParameters event(String key, String id) {
        return named(key, id, names.event(id));
    }

    MatchParameters delegation(String key, String id) {
        return named(key, id, names.delegation(id));
    }

    MatchParameters venue(String key, String id) {
        return named(key, id, names.venue(id));
    }

    MatchParameters space(String key, String id) {
        return named(key, id, names.space(id));
    }

    MatchParameters time(String key, int minute) {
        values.put(key, names.time(minute).toString());
        return this;
    }

    MatchParameters value(String key, Object value) {
        if (value instanceof Enum<?> e) {
            values.put(key, e.name());
        } else {
            values.put(key, value);
        }
        return this;
    }

    MatchParameters list(String key, List<?> list) {
        values.put(key, List.copyOf(list));
        return this;
    }

    Map<String, Object> values() {
        return values;
    }

    private MatchParameters named(String key, String id, String name) {
        values.put(key + "Id", id);
        values.put(key, name);
        return this;
    }
}
