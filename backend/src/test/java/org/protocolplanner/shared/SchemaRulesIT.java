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
    void aConfirmedWholeAndAConfirmedPartCannotOverlap() {
        long planA = plan("Floor plan A");
        long planB = plan("Floor plan B");
        dividedHall("schema-floor");
        booking(planA, "schema-floor-ab", "CONFIRMED", "2027-06-01 09:00+08", "2027-06-01 11:00+08");
        assertThatThrownBy(() ->
                        booking(planB, "schema-floor-a", "CONFIRMED", "2027-06-01 10:30+08", "2027-06-01 12:00+08"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("booking_floor_not_shared");
        // The other way round: a confirmed part keeps the whole out.
        booking(planB, "schema-floor-b", "CONFIRMED", "2027-06-01 13:00+08", "2027-06-01 14:00+08");
        assertThatThrownBy(() ->
                        booking(planA, "schema-floor-ab", "CONFIRMED", "2027-06-01 13:30+08", "2027-06-01 15:00+08"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("booking_floor_not_shared");
        // Parts share no floor with each other, and a booking that is not confirmed holds none.
        booking(planB, "schema-floor-a", "CONFIRMED", "2027-06-01 13:00+08", "2027-06-01 14:00+08");
        booking(planB, "schema-floor-a", "REQUESTED", "2027-06-01 09:00+08", "2027-06-01 10:00+08");
        // Cancelling the whole frees its parts.
        jdbc.update("update booking set status = 'CANCELLED' where space_id = 'schema-floor-ab'");
        booking(planB, "schema-floor-a", "CONFIRMED", "2027-06-01 10:30+08", "2027-06-01 12:00+08");
    }

    @Test
    void dividingAHallWhoseFloorIsConfirmedTwiceAtOnceIsRefused() {
        long plan = plan("Floor plan C");
        dividedHall("schema-divide");
        jdbc.update("insert into space (id, venue_id, position, name_en) values ('schema-divide-c',"
                + " 'schema-divide-venue', 3, 'C')");
        booking(plan, "schema-divide-ab", "CONFIRMED", "2027-06-01 09:00+08", "2027-06-01 11:00+08");
        booking(plan, "schema-divide-c", "CONFIRMED", "2027-06-01 10:00+08", "2027-06-01 11:00+08");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-divide-ab', 2, 'schema-divide-c')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("booking_floor_not_shared");
    }

    @Test
    void aPartIsOfTheSameVenueAndHasNoPartsOfItsOwn() {
        dividedHall("schema-sound");
        dividedHall("schema-other");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-sound-ab', 2, 'schema-other-a')"))
                .rootCause()
                .hasMessageContaining("not a space of the same venue");
        jdbc.update("insert into space (id, venue_id, position, name_en) values ('schema-sound-abc',"
                + " 'schema-sound-venue', 3, 'ABC')");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-sound-abc', 0, 'schema-sound-ab')"))
                .rootCause()
                .hasMessageContaining("has parts of its own");
        assertThatThrownBy(() -> jdbc.update("insert into space_part (space_id, position, part_id)"
                        + " values ('schema-sound-a', 0, 'schema-sound-abc')"))
                .rootCause()
                .hasMessageContaining("is a part of another space");
    }

    /** A venue {@code prefix-venue} whose hall {@code prefix-ab} is made of halls {@code prefix-a} and {@code prefix-b}. */
    private void dividedHall(String prefix) {
        jdbc.update("insert into venue (id, name_en) values (?, 'Divided hall venue')", prefix + "-venue");
        jdbc.update(
                "insert into space (id, venue_id, position, name_en) values (?, ?, 0, 'A'), (?, ?, 1, 'B'),"
                        + " (?, ?, 2, 'AB')",
                prefix + "-a",
                prefix + "-venue",
                prefix + "-b",
                prefix + "-venue",
                prefix + "-ab",
                prefix + "-venue");
        jdbc.update(
                "insert into space_part (space_id, position, part_id) values (?, 0, ?), (?, 1, ?)",
                prefix + "-ab",
                prefix + "-a",
                prefix + "-ab",
                prefix + "-b");
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

    @Test
    void theDemosDivisiblePlenaryHallIsAWholeOfTwoPartsWithNoSeatsNoSourceGives() {
        String hall = "china-national-convention-center-phase-ii-plenary-hall";
        assertThat(jdbc.queryForList(
                        "select part_id from space_part where space_id = ? order by position", String.class, hall))
                .containsExactly(hall + "-part-1", hall + "-part-2");
        assertThat(jdbc.queryForObject(
                        "select count(*) from space where id like ? and num_nonnulls(capacity_theatre,"
                                + " capacity_banquet, capacity_reception, capacity_roundtable, capacity_classroom,"
                                + " capacity_ceremony) = 0",
                        Integer.class,
                        hall + "%"))
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
