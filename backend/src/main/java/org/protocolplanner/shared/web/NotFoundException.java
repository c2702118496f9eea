package org.protocolplanner.shared.web;

/** An unknown id, or one the caller may not learn exists: answered 404. */
public class NotFoundException extends RuntimeException {

    private final transient Message detail;

    /** @param what the kind of record, a key {@code thing.WHAT} of the bundles ("plan", "venue") */
    public NotFoundException(String what, Object id) {
        this(Message.of("problem.not-found", Message.thing(what), String.valueOf(id)));
    }

    private NotFoundException(Message detail) {
        super(detail.english());
        this.detail = detail;
    }

    public Message detail() {
        return detail;
    }
}
