package org.protocolplanner.exchange;

import java.util.List;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;

/**
 * The assignment a solution document gives a plan, checked against that plan: every event of the
 * plan is in exactly one of the two lists. Both lists keep the document's order.
 */
public record ImportedSolution(List<AssignmentDoc> assignments, List<String> unassigned) {}
