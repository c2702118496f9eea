package org.protocolplanner.plan.exchange;

/** One offending value of a malformed document: its JSON path ({@code events[3].layout}, or {@code $}) and why. */
public record ExchangeError(String path, String message) {
}
