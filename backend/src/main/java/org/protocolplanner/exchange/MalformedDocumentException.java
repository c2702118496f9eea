package org.protocolplanner.exchange;

import java.util.List;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;

/**
 * An exchange document that breaks the format (docs/reference/exchange-format.md, "Validation"): refused whole.
 * {@link #errors()} holds every offending value in document order; the message repeats the first.
 * {@link #tooLarge()} tells the size limit apart, which HTTP answers with 413 instead of 400.
 */
public class MalformedDocumentException extends InvalidRequestException {

    private final boolean tooLarge;

    /** @param errors at least one, in document order */
    public MalformedDocumentException(List<InputError> errors) {
        this(errors, false);
    }

    private MalformedDocumentException(List<InputError> errors, boolean tooLarge) {
        super(firstMessage(errors), errors);
        this.tooLarge = tooLarge;
    }

    private static String firstMessage(List<InputError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a malformed document has at least one error");
        }
        return errors.get(0).message();
    }

    static MalformedDocumentException tooLarge(long limitBytes) {
        return new MalformedDocumentException(
                List.of(new InputError("$", Message.of("exchange.too-large", limitBytes))), true);
    }

    @Override
    public boolean tooLarge() {
        return tooLarge;
    }
}
