/**
 * The planning model: plain Java facts and one planning entity per engagement, read by OptaPlanner.
 * Times are whole minutes counted from the horizon's start, so that the score calculation does no
 * date arithmetic; the mapper in {@code org.protocolplanner.planning} converts at the edges.
 * No Spring, JPA or Jackson here (ArchUnit checks it).
 */
package org.protocolplanner.planning.model;
