package org.protocolplanner.shared.web;

/** A request that is well-formed but clashes with the current state: answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
