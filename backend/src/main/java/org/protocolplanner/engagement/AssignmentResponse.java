package org.protocolplanner.engagement;

import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/** The engagement as saved, with its new version, and the plan's score with it. */
public record AssignmentResponse(EngagementResponse engagement, ScoreDoc score, boolean feasible) {}
