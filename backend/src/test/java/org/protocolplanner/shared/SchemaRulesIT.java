package org.protocolplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules the database itself keeps, whatever the application does. */
@IntegrationTest
class SchemaRulesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void migratesTheSchemaOnPostgres17() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isEqualTo(20);
    }

    @Test
    void aSpaceIsNoPartOfItselfAndNamesAPartOnce() {
        jdbc.update("insert into venue (id, name_en) values ('schema-parts-venue', 'Schema parts venue')");
        jdbc.update("insert into space (id, venue_id, position, name_en) values ('schema-hall-a', 'schema-parts-venue',"
                + " 0, 'A'), ('schema-hall-ab', 'schema-parts-venue', 1, 'AB')");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-hall-ab', 0, 'schema-hall-ab')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("space_part_check");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-hall-ab', 0, 'schema-hall-a'), ('schema-hall-ab', 1, 'schema-hall-a')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("space_part_space_id_part_id_key");
        jdbc.update(
                "insert into space_part (space_id, position, part_id) values ('schema-hall-ab', 0, 'schema-hall-a')");
        jdbc.update("delete from space where id = 'schema-hall-a'");
        assertThat(jdbc.queryForObject(
                        "select count(*) from space_part where space_id = 'schema-hall-ab'", Integer.class))
                .isZero();
    }

    @Test
    void twoConfirmedBookingsOfOneSpaceCannotOverlapAcrossPlans() {
        long planA = plan("Plan A");
        long planB = plan("Plan B");
        // A hall of its own, so that no plan of the other tests sees these bookings as closures.
        jdbc.update("insert into venue (id, name_en) values ('schema-test-venue', 'Schema test venue')");
        jdbc.update("insert into space (id, venue_id, position, name_en) values ('schema-test-hall',"
                + " 'schema-test-venue', 0, 'Hall')");
        String space = "schema-test-hall";
        booking(planA, space, "CONFIRMED", "2027-06-01 09:00+08", "2027-06-01 11:30+08");
        booking(planB, space, "REQUESTED", "2027-06-01 10:00+08", "2027-06-01 12:00+08");
        assertThatThrownBy(() -> booking(planB, space, "CONFIRMED", "2027-06-01 11:00+08", "2027-06-01 12:00+08"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("booking_no_double_confirmed");
        booking(planB, space, "CONFIRMED", "2027-06-01 11:30+08", "2027-06-01 12:30+08");
    }

    @Test
    void theAuditLogIsAppendOnly() {
        jdbc.update("insert into audit_log (actor, entity_type, entity_id, action) values ('test', 'plan', '1', 'x')");
        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'someone else'"))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log"))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("truncate audit_log")).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theRealVenuesAreReferenceDataWithTheirSources() {
        // Graded by the demo and not synthetic: the reference venues, not those other tests import into the shared
        // database.
        assertThat(jdbc.queryForObject(
                        "select count(*) from venue where not synthetic and grading_is_demo_assumption", Integer.class))
                .isBetween(30, 45);
        assertThat(jdbc.queryForObject("select count(*) from area", Integer.class))
                .isEqualTo(6);
        // The demo grades every real venue and adds synthetic sites up to 456; imported venues are neither.
        assertThat(jdbc.queryForObject(
                        "select count(*) from venue where synthetic or grading_is_demo_assumption", Integer.class))
                .isEqualTo(456);
        assertThat(jdbc.queryForObject(
                        "select capacity_theatre from space where id = ?",
                        Integer.class,
                        "great-hall-of-the-people-great-auditorium"))
                .isEqualTo(10000);
        assertThat(jdbc.queryForObject(
                        "select sources from venue where id = 'diaoyutai-state-guesthouse'", String.class))
                .contains("wikipedia");
        assertThat(jdbc.queryForObject(
                        "select count(*) from space where venue_id = 'diaoyutai-state-guesthouse'"
                                + " and capacity_theatre is null and capacity_banquet is null",
                        Integer.class))
                .isEqualTo(3);
    }

    private long plan(String name) {
        return jdbc.queryForObject(
                "insert into plan (name, kind, horizon_start, horizon_end) values (?, 'LIVE',"
                        + " '2027-06-01 00:00', '2027-06-02 00:00') returning id",
                Long.class,
                name);
    }

    private void booking(long plan, String space, String status, String start, String busyUntil) {
        transaction.executeWithoutResult(tx -> jdbc.update(
                "insert into booking (plan_id, space_id, status,"
                        + " starts_at, ends_at, busy_until) values (?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz)",
                plan,
                space,
                status,
                start,
                busyUntil,
                busyUntil));
    }
}
