package org.protocolplanner.solving;

/** Where a plan's latest solve is. QUEUED and SOLVING hold the plan; the others have let it go. */
public enum SolveState {
    QUEUED,
    SOLVING,
    FINISHED,
    STOPPED,
    INTERRUPTED,
    FAILED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }
}
