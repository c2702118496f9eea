package org.protocolplanner.shared.web;

import java.util.List;

/** Bad input that passed JSON binding but breaks a rule: answered 400 with the offending paths. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidRequestException(List<InputError> errors) {
        this(errors.get(0).path() + ": " + errors.get(0).message(), errors);
    }

    public InvalidRequestException(String path, Message message) {
        this(List.of(new InputError(path, message)));
    }

    /** For bad input whose message tells its first error in its own words. */
    protected InvalidRequestException(String message, List<InputError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    /** Refused for its size alone, which HTTP answers with 413 instead of 400. */
    public boolean tooLarge() {
        return false;
    }
}
