package org.protocolplanner.solving;

/** Solves a request the queue has handed to this process; returns when the solve has ended. */
@FunctionalInterface
interface SolveWorker {

    void solve(SolveTicket ticket);
}
