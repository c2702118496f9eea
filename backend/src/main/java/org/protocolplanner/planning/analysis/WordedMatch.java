package org.protocolplanner.planning.analysis;

import java.util.Map;

/** A match's parameters and its sentence, as one rule's wording gives them. */
record WordedMatch(Map<String, Object> parameters, String sentence) {}
