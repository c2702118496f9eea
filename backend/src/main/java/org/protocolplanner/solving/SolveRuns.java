package org.protocolplanner.solving;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The solves of this process not yet ended, by request: bounded by the queue's places. */
@Component
class SolveRuns {

    private final Map<UUID, SolveRun> byTicket = new ConcurrentHashMap<>();

    /** The request's run, begun now when it has none yet. */
    SolveRun open(SolveTicket ticket) {
        return byTicket.computeIfAbsent(ticket.id(), id -> new SolveRun(ticket.planId()));
    }

    Optional<SolveRun> find(SolveTicket ticket) {
        return Optional.ofNullable(byTicket.get(ticket.id()));
    }

    void close(SolveTicket ticket) {
        byTicket.remove(ticket.id());
    }

    /** Asks every solver of this process to end: the application is stopping. */
    void terminateAll() {
        byTicket.values().forEach(SolveRun::terminate);
    }
}
