package org.protocolplanner.planning.model;

/**
 * A delegation attends an engagement. One fact per pair lets the delegation rules join on the
 * engagement by hash instead of scanning every delegation.
 */
public record Attendance(Delegation delegation, Engagement engagement) {
}
