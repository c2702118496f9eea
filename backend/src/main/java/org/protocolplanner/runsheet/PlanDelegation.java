package org.protocolplanner.runsheet;

import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.HeadRank;

/** What the run sheets need of a delegation: its name, its head's rank and its place in the plan's order. */
public record PlanDelegation(String id, DelegationName name, HeadRank rank, int position) {

    /** Heads of state and of government arrive in motorcades with arrival ceremonies. */
    boolean arrivesInMotorcade() {
        return rank == HeadRank.HEAD_OF_STATE || rank == HeadRank.HEAD_OF_GOVERNMENT;
    }
}
