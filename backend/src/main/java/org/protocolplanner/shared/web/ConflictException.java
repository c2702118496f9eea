package org.protocolplanner.shared.web;

import java.util.Map;

/**
 * A request that is well-formed but clashes with the current state: answered 409, with
 * {@code properties} added to the problem (for example the id of the record it clashes with).
 */
public class ConflictException extends RuntimeException {

    private final transient Message detail;
    private final Map<String, Object> properties;

    public ConflictException(Message detail) {
        this(detail, Map.of());
    }

    public ConflictException(Message detail, Map<String, Object> properties) {
        super(detail.english());
        this.detail = detail;
        this.properties = Map.copyOf(properties);
    }

    public Message detail() {
        return detail;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
