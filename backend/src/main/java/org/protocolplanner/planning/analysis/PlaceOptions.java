package org.protocolplanner.planning.analysis;

import java.util.List;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;

/** The best places for one engagement, best first, and the plan's score now. */
public record PlaceOptions(String eventId, ScoreDoc current, List<PlaceOption> places) {

    public PlaceOptions {
        places = List.copyOf(places);
    }
}
