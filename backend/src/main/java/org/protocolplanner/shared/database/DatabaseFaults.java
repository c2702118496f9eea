package org.protocolplanner.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells a failure of the database itself (gone, restarting, out of disk) from any other fault, by the
 * SQL states in the failure's causes, whatever Spring, Hibernate or the pool wrapped them in.
 */
@Component
public class DatabaseFaults {

    /** PostgreSQL's {@code disk_full}: a write found no room (also a relation that could not grow). */
    private static final String DISK_FULL = "53100";
    /** PostgreSQL's {@code io_error}: a read or write of its files failed. */
    private static final String IO_ERROR = "58030";
    /** {@code admin_shutdown}, {@code crash_shutdown}, {@code cannot_connect_now} (starting or recovering). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /** HikariCP's answer on a connection it has thrown out. */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private final ObjectProvider<EmbeddedDatabase> embedded;

    public DatabaseFaults(ObjectProvider<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    /**
     * The database fault behind the failure, or empty when the database is not at fault. A lost server
     * is told as full storage when the embedded server's disk has no room left, since that is what keeps
     * it from coming back.
     */
    public Optional<DatabaseFault> classify(Throwable failure) {
        boolean unreachable = false;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.equals(DISK_FULL)) {
                    return Optional.of(DatabaseFault.STORAGE_FULL);
                }
                unreachable |= state.equals(IO_ERROR) || isConnectionLost(sql, state);
            }
        }
        if (!unreachable) {
            return Optional.empty();
        }
        EmbeddedDatabase database = embedded.getIfAvailable();
        return Optional.of(
                database != null && database.isStorageFull() ? DatabaseFault.STORAGE_FULL : DatabaseFault.UNAVAILABLE);
    }

    /**
     * No connection to be had within the pool's timeout, or the one in use broke. The last kind includes
     * the pool's own "Connection is closed", which carries no SQL state: the pool answers so once it has
     * thrown out a connection that failed fatally, and the rollback that follows such a failure meets it
     * and takes the original failure's place.
     */
    private static boolean isConnectionLost(SQLException sql, String state) {
        return sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || state.startsWith("08")
                || SERVER_GOING_OR_COMING.contains(state)
                || (state.isEmpty() && POOL_CLOSED_CONNECTION.equals(sql.getMessage()));
    }
}
