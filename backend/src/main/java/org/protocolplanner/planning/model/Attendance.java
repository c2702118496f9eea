package org.protocolplanner.planning.model;

/**
 * A delegation attends an engagement. Travel burden groups a delegation's day by joining these
 * facts with the assignments by hash on the engagement.
 */
public record Attendance(DelegationBrief delegation, EngagementBrief engagement) {}
