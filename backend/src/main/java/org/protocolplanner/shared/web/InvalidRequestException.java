package org.protocolplanner.shared.web;

import java.util.List;
import org.protocolplanner.plan.exchange.ExchangeError;

/** Bad input that passed JSON binding but breaks a rule: answered 400 with the offending paths. */
public class InvalidRequestException extends RuntimeException {

    private final List<ExchangeError> errors;

    public InvalidRequestException(List<ExchangeError> errors) {
        super(errors.get(0).path() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String path, String message) {
        this(List.of(new ExchangeError(path, message)));
    }

    public List<ExchangeError> errors() {
        return errors;
    }
}
