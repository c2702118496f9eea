package org.protocolplanner.planning.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One match of a rule, explained: the constraint id, its score at the rule's level (negative for a
 * penalty), the engagements it is about, its parameters under stable keys (so that the UI can word
 * them in any language; {@link MatchParameters} lists the keys) and an English sentence.
 */
public record MatchExplanation(
        String constraint, long score, List<String> eventIds, Map<String, Object> parameters, String sentence) {

    public MatchExplanation {
        eventIds = List.copyOf(eventIds);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
