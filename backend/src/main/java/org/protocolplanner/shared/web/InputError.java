package org.protocolplanner.shared.web;

/**
 * One offending value of bad input (a request, or an exchange document): its JSON path
 * ({@code events[3].layout}, or {@code $}) and why.
 */
public record InputError(String path, String message) {}
