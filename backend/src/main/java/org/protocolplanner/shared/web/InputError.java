package org.protocolplanner.shared.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * One offending value of bad input (a request, or an exchange document): its JSON path
 * ({@code events[3].layout}, or {@code $}) and why, worded in the caller's language when answered.
 */
public record InputError(String path, MessageSourceResolvable text) {

    /** Why, in English. */
    public String message() {
        return Messages.english(text);
    }
}
