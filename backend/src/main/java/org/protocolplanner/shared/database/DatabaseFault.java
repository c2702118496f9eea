package org.protocolplanner.shared.database;

/**
 * Why the database cannot serve a request at the moment: the API answers these 503 with
 * {@code Retry-After}, never as a fault of the request or of the caller's sign-in.
 */
public enum DatabaseFault {
    UNAVAILABLE(
            "The database is not answering at the moment, so this request was not carried out. Try again" + " shortly.",
            5),
    STORAGE_FULL(
            "The database's storage is full, so this request was not carried out. An administrator must free"
                    + " disk space on the server; the application carries on by itself once there is room.",
            60);

    private final String detail;
    private final long retryAfterSeconds;

    DatabaseFault(String detail, long retryAfterSeconds) {
        this.detail = detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String detail() {
        return detail;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
