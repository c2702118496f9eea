package org.protocolplanner.plan.exchange;

import java.util.List;

/** A document that breaks the exchange format: every offending value, in document order. */
public class MalformedDocumentException extends RuntimeException {

    private final List<ExchangeError> errors;
    private final boolean tooLarge;

    public MalformedDocumentException(List<ExchangeError> errors, boolean tooLarge) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
        this.tooLarge = tooLarge;
    }

    public List<ExchangeError> errors() {
        return errors;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
