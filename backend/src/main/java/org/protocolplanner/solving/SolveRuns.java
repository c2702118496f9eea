package org.protocolplanner.solving;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The runs of this instance not yet ended, by request: at most one per solver slot. */
@Component
class SolveRuns {

    private final Map<UUID, SolveRun> byTicket = new ConcurrentHashMap<>();

    /** A new run of the request, which from now on is the one {@link #find} answers. */
    SolveRun open(SolveTicket ticket) {
        SolveRun run = new SolveRun(ticket.planId());
        byTicket.put(ticket.id(), run);
        return run;
    }

    Optional<SolveRun> find(UUID ticketId) {
        return Optional.ofNullable(ticketId == null ? null : byTicket.get(ticketId));
    }

    /** The run has ended; a later run of the same request is kept. */
    void close(SolveTicket ticket, SolveRun run) {
        byTicket.remove(ticket.id(), run);
    }

    /** Asks every solver of this instance to end: the application is stopping. */
    void terminateAll() {
        byTicket.values().forEach(SolveRun::terminate);
    }
}
