package org.protocolplanner.shared.web;

/** A write based on an old version of a record: answered 409 with the current version. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String what, Object id, long currentVersion) {
        super("The " + what + " '" + id + "' was changed by someone else: its current version is " + currentVersion
                + ". Reload and try again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
