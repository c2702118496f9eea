/**
 * The planning model: plain Java facts and one planning entity per engagement, read by OptaPlanner.
 * Times are whole minutes counted from the horizon's start, so that the score calculation does no
 * date arithmetic; the mappers ({@code ProtocolScheduleFactory} from a document, {@code PlanScheduleMapper}
 * in {@code solving} from a stored plan) convert at the edges. No Spring, JPA or Jackson here (ArchUnit checks
 * it). Other modules may use it.
 */
@NamedInterface("model")
package org.protocolplanner.planning.model;

import org.springframework.modulith.NamedInterface;
