package org.protocolplanner.planning.analysis;

import java.util.List;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/**
 * What a change would do to a schedule's score, without it being saved: the score now, the score
 * with the change, and the matches the change adds and removes (a match whose penalty changes is
 * removed with its old figures and added with its new ones).
 */
public record ScorePreview(
        ScoreDoc current,
        ScoreDoc preview,
        boolean feasible,
        List<MatchExplanation> added,
        List<MatchExplanation> removed) {}
