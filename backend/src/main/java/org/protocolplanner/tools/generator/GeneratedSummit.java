package org.protocolplanner.tools.generator;

import java.util.Map;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;

/**
 * A generated summit week and the proof that it can be scheduled completely: {@code witness}
 * places every event of {@code plan} (event id to space and start, in document order) without
 * breaking any hard rule of docs/reference/constraints.md.
 */
public record GeneratedSummit(PlanDocument plan, Map<String, Placement> witness) {}
