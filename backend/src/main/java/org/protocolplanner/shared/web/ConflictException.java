package org.protocolplanner.shared.web;

import java.util.Map;

/**
 * A request that is well-formed but clashes with the current state: answered 409, with
 * {@code properties} added to the problem (for example the id of the record it clashes with).
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
