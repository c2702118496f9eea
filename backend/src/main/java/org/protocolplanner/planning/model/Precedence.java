package org.protocolplanner.planning.model;

/** {@code earlier} must end before {@code later} starts (the later event lists the earlier in {@code after}). */
public record Precedence(EngagementBrief earlier, EngagementBrief later) {}
