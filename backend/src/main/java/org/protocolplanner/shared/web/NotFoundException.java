package org.protocolplanner.shared.web;

/** An unknown id, or one the caller may not learn exists: answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " '" + id + "'.");
    }
}
