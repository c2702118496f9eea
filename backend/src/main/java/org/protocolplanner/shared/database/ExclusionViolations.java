package org.protocolplanner.shared.database;

import java.sql.SQLException;

/**
 * Tells a refusal by an exclusion constraint (PostgreSQL's {@code exclusion_violation}, 23P01) from other
 * failures, whatever Spring or Hibernate wrapped it in: the constraints that keep confirmed bookings apart
 * answer so.
 */
public final class ExclusionViolations {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private ExclusionViolations() {}

    public static boolean isExclusionViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
