package org.protocolplanner.plan.exchange;

import java.util.List;

/**
 * An exchange document that breaks the format (docs/reference/exchange-format.md, "Validation"): refused whole.
 * {@link #errors()} holds every offending value in document order; the message repeats the first.
 * {@link #tooLarge()} tells the size limit apart, which HTTP answers with 413 instead of 400.
 */
public class MalformedDocumentException extends RuntimeException {

    private final transient List<ExchangeError> errors;
    private final boolean tooLarge;

    /** @param errors at least one, in document order */
    public MalformedDocumentException(List<ExchangeError> errors) {
        this(errors, false);
    }

    private MalformedDocumentException(List<ExchangeError> errors, boolean tooLarge) {
        super(firstMessage(errors));
        this.errors = List.copyOf(errors);
        this.tooLarge = tooLarge;
    }

    private static String firstMessage(List<ExchangeError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a malformed document has at least one error");
        }
        return errors.get(0).message();
    }

    static MalformedDocumentException tooLarge(long limitBytes) {
        return new MalformedDocumentException(
                List.of(new ExchangeError("$", "the document is larger than " + limitBytes + " bytes (10 MiB)")), true);
    }

    public List<ExchangeError> errors() {
        return errors;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
