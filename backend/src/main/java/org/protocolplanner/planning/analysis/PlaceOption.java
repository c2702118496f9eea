package org.protocolplanner.planning.analysis;

import java.time.LocalDateTime;
import java.util.List;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/**
 * One place an engagement could go: the space and its venue, the start, the plan's score with the
 * engagement there and its difference to the score now, whether the place itself breaks a hard rule,
 * and the matches the move adds and removes (as a score preview words them).
 */
public record PlaceOption(
        String spaceId,
        String spaceName,
        String venueId,
        String venueName,
        LocalDateTime start,
        ScoreDoc score,
        ScoreDoc difference,
        boolean breaksHardRules,
        List<MatchExplanation> added,
        List<MatchExplanation> removed) {

    public PlaceOption {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
