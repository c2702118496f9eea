package org.protocolplanner.solving;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.DbSchedulerException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Duration;
import java.time.Instant;
import org.protocolplanner.shared.scheduling.DatabaseScheduler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The solve requests of all instances on the database: the table {@code solve_queue}, one row per
 * request waiting or running, which db-scheduler's {@link Scheduler} of each instance claims in the
 * order they came whenever one of its {@code planner.solving.parallelism} solver slots is free, and
 * keeps claimed with a heartbeat. A claim whose instance stops beating (it died) is taken over by
 * another instance, whose run goes on from the last saved best for the time left. The plan's place (one
 * request per plan, at most {@code queue-capacity} waiting) is kept on the job row ({@link SolveJobStore}).
 */
@Component
class SolveQueue {

    /** A request: its id is the task instance's, the plan's id its data. */
    static final TaskDescriptor<Long> SOLVE = TaskDescriptor.of("solve", Long.class);

    /** How long a waiting request may wait for an instance with a free slot to notice it. */
    static final Duration POLL = Duration.ofSeconds(1);

    /**
     * How long a place reserved for the resumption of a paused solve waits for its booking answer: should
     * the instance applying it die meanwhile, the resumed request is claimed after this, by any instance.
     */
    static final Duration RESERVATION = Duration.ofMinutes(1);

    private final SolveJobStore store;
    private final Scheduler scheduler;
    private final SolvingProperties properties;

    SolveQueue(
            SolveJobStore store,
            @Qualifier("solveScheduler") DatabaseScheduler scheduler,
            SolvingProperties properties) {
        this.store = store;
        this.scheduler = scheduler.scheduler();
        this.properties = properties;
    }

    /**
     * Accepts the request: takes its plan's place and queues it in one transaction, so that no instance
     * claims a request the job row does not know. A request the place was reserved for is queued already,
     * due later; it is made due now.
     *
     * @throws org.protocolplanner.shared.web.ConflictException when another request holds the plan's place
     * @throws org.springframework.web.server.ResponseStatusException 503 when the queue is full
     * @throws DbSchedulerException when a reserved request was claimed meanwhile (its reservation ran out)
     */
    @Transactional
    public void offer(SolveTicket ticket) {
        Instant now = Instant.now();
        if (store.queue(ticket, properties.queueCapacity())) {
            if (!scheduler.reschedule(SOLVE.instanceId(ticket.id().toString()), now)) {
                throw new IllegalStateException("The resumed solve of plan " + ticket.planId() + " is not queued");
            }
        } else {
            scheduler.schedule(
                    SOLVE.instance(ticket.id().toString()).data(ticket.planId()).scheduledTo(now));
        }
        // Claimed at once when this instance has a free slot; the others look within a POLL.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.triggerCheckForDueExecutions();
            }
        });
    }

    /**
     * Hands the plan's place from {@code paused} to {@code resumed}, whose request waits in the queue, due
     * after {@link #RESERVATION} unless {@link #offer} makes it due sooner, and asks the paused solve to stop.
     *
     * @return false when {@code paused} no longer holds the place, or another booking answer reserved it
     */
    @Transactional
    public boolean reserve(SolveTicket paused, SolveTicket resumed) {
        if (!store.reserve(paused.planId(), paused.id(), resumed.id())) {
            return false;
        }
        scheduler.schedule(SOLVE.instance(resumed.id().toString())
                .data(resumed.planId())
                .scheduledTo(Instant.now().plus(RESERVATION)));
        return true;
    }

    /**
     * Takes back a request no instance has claimed, so that none ever will; false when one has (its run
     * must be stopped instead) or it has run already.
     */
    boolean withdraw(SolveTicket ticket) {
        try {
            scheduler.cancel(SOLVE.instanceId(ticket.id().toString()));
            return true;
        } catch (DbSchedulerException claimedOrGone) {
            return false;
        }
    }
}
