package org.protocolplanner.shared.web;

/** A write based on an old version of a record: answered 409 with the current version. */
public class StaleVersionException extends RuntimeException {

    private final transient Message detail;
    private final long currentVersion;

    /** @param what the kind of record, a key {@code thing.WHAT} of the bundles */
    public StaleVersionException(String what, Object id, long currentVersion) {
        this(
                Message.of("problem.stale-version", Message.thing(what), String.valueOf(id), currentVersion),
                currentVersion);
    }

    private StaleVersionException(Message detail, long currentVersion) {
        super(detail.english());
        this.detail = detail;
        this.currentVersion = currentVersion;
    }

    public Message detail() {
        return detail;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
