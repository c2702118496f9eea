package org.protocolplanner.planning.model;

import org.protocolplanner.shared.protocol.HeadRank;

/**
 * A foreign delegation as the solver is briefed on it: the problem fact, in the city from {@code arrival} to
 * {@code departure} (plan minutes). The stored delegation is {@code delegation.Delegation}.
 *
 * @param hotel where it stays; null when not given
 */
public record DelegationBrief(
        String id, String name, HeadRank headRank, int size, int arrival, int departure, VenueBrief hotel) {

    /**
     * Ids are unique in a plan; comparing and hashing only the id keeps the rules that join or group by
     * delegation cheap (a record would compare every field, the hotel's too, on each of the solver's moves).
     */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof DelegationBrief delegation && id.equals(delegation.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
