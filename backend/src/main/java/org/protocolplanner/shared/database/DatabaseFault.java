package org.protocolplanner.shared.database;

/**
 * Why the database cannot serve a request at the moment: the API answers these 503 with
 * {@code Retry-After}, never as a fault of the request or of the caller's sign-in. Each is worded in the
 * API's bundles as {@code problem.database.NAME}.
 */
public enum DatabaseFault {
    UNAVAILABLE(5),
    STORAGE_FULL(60);

    private final long retryAfterSeconds;

    DatabaseFault(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
