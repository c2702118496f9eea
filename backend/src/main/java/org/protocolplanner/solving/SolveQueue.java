package org.protocolplanner.solving;

import java.util.Optional;

/**
 * The solve requests of all plans: which wait, in what order, which run, and how many may. A plan has at
 * most one place, held by one request from the moment it is accepted until its solve has ended; a
 * worker claims the waiting requests in order, at most {@code planner.solving.parallelism} at once, and
 * at most {@code queue-capacity} more may wait.
 * <p>
 * Every operation names the plan and the request's id and nothing held in memory, so that a table with
 * one row per place (the request, waiting or claimed, and its order) can stand behind it as well as a
 * map: see docs/solver.md.
 */
interface SolveQueue {

    /** From now on claimed requests are solved by {@code worker}; before, none is claimed. */
    void serve(SolveWorker worker);

    /**
     * Gives the ticket's plan a place and lets a worker claim it. {@code accepted} records the request
     * (the job row, the plan held) once the place is taken and before any worker can claim it; when it
     * fails the place is given back and its exception thrown.
     *
     * @throws org.protocolplanner.shared.web.ConflictException when another request holds the plan's place
     * @throws org.springframework.web.server.ResponseStatusException 503 when the queue is full
     */
    void offer(SolveTicket ticket, Runnable accepted);

    /** The request holding the plan's place, waiting or running. */
    Optional<SolveTicket> current(long planId);

    /** 1 for the request to be claimed next; empty when the plan's request is not waiting. */
    Optional<Integer> position(long planId);

    /**
     * Takes back a request no worker has claimed, so that none ever will; false when one has (its solve
     * must be stopped instead). Its place stays taken until {@link #release}.
     */
    boolean withdraw(SolveTicket ticket);

    /**
     * The plan's place passes to {@code next}, which waits to be offered: the end of the request that held
     * it no longer frees the plan, and no other request can take it meanwhile.
     */
    void reserve(SolveTicket next);

    /** The ticket's solve has ended: its plan's place is free, unless it was reserved for another request. */
    void release(SolveTicket ticket);

    /** Claims nothing more and interrupts the running solves' threads, waiting a while for them to end. */
    void close() throws InterruptedException;
}
