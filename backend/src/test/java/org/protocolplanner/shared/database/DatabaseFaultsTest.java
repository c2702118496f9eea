package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Database faults are told by their SQL states, however deep Spring and Hibernate wrapped them. */
class DatabaseFaultsTest {

    /** As the application runs on an outside database: no embedded server's disk to look at. */
    private final DatabaseFaults faults =
            new DatabaseFaults(new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class));

    @Test
    void aWriteThatFoundNoRoomIsFullStorage() {
        var diskFull = new DataAccessResourceFailureException(
                "could not execute statement",
                new SQLException("could not extend file \"base/5/16384\": No space left on device", "53100"));

        assertThat(faults.classify(diskFull)).contains(DatabaseFault.STORAGE_FULL);
    }

    @Test
    void noConnectionWithinThePoolsWaitIsAnUnavailableDatabase() {
        var poolTimeout = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new JDBCConnectionException(
                        "unable to obtain isolated JDBC connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")));

        assertThat(faults.classify(poolTimeout)).contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void aConnectionCutByTheServerOrAFailingDiskIsAnUnavailableDatabase() {
        var crashed = new DataAccessResourceFailureException(
                "could not execute statement",
                new PSQLException(
                        "FATAL: terminating connection because of crash of another server process",
                        PSQLState.CONNECTION_FAILURE));
        var recovering = new SQLException("FATAL: the database system is in recovery mode", "57P03");

        var ioError = new DataAccessResourceFailureException(
                "could not execute statement",
                new SQLException("could not write to file \"pg_wal/xlogtemp.42\": Input/output error", "58030"));

        assertThat(faults.classify(crashed)).contains(DatabaseFault.UNAVAILABLE);
        assertThat(faults.classify(recovering)).contains(DatabaseFault.UNAVAILABLE);
        assertThat(faults.classify(ioError))
                .as("a failing disk, not a full one")
                .contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void aRollbackOnAConnectionThePoolThrewOutIsAnUnavailableDatabase() {
        var rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(faults.classify(rollback)).contains(DatabaseFault.UNAVAILABLE);
    }

    @Test
    void otherFailuresAreNotTheDatabasesFault() {
        var duplicate = new DataIntegrityViolationException(
                "duplicate key", new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(faults.classify(duplicate)).isEmpty();
        assertThat(faults.classify(new IllegalStateException("a bug"))).isEmpty();
    }
}
