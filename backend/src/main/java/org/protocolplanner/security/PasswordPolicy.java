package org.protocolplanner.security;

import org.protocolplanner.shared.web.InvalidRequestException;

/**
 * How long a password must be: {@value #MINIMUM_LENGTH} characters, the rule the first administrator
 * already follows; demo mode, whose accounts share the published password "demo", asks for one character.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    private final int minimumLength;

    public PasswordPolicy(boolean demoMode) {
        this.minimumLength = demoMode ? 1 : MINIMUM_LENGTH;
    }

    /** @throws InvalidRequestException naming {@code path} when the password is too short */
    void check(String path, String password) {
        if (password == null || password.length() < minimumLength) {
            throw new InvalidRequestException(path, "must have at least " + minimumLength + " characters");
        }
    }
}
