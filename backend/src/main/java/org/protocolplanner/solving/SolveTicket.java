package org.protocolplanner.solving;

import java.time.Duration;
import java.util.UUID;

/**
 * A request to solve one plan, as the queue holds it: everything a solver needs to start, so that any
 * process may claim it. The id tells one request from another for the same plan: the solve resumed after
 * a booking answer is a new request that takes over its predecessor's place.
 *
 * @param timeLimit how long the solve may run
 * @param stepLimit local search steps after which the solve ends; null for none
 */
record SolveTicket(UUID id, long planId, Duration timeLimit, Long stepLimit, String requestedBy) {

    static SolveTicket of(long planId, Duration timeLimit, Long stepLimit, String requestedBy) {
        return new SolveTicket(UUID.randomUUID(), planId, timeLimit, stepLimit, requestedBy);
    }

    /** The request that resumes this one later, for the same user and step limit; its time is set when known. */
    SolveTicket successor() {
        return new SolveTicket(UUID.randomUUID(), planId, timeLimit, stepLimit, requestedBy);
    }

    SolveTicket withTimeLimit(Duration limit) {
        return new SolveTicket(id, planId, limit, stepLimit, requestedBy);
    }
}
