package org.protocolplanner.solving;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Solves plans, keyed by plan id, one solve per plan, whichever instance on the database is asked:
 * checks a request and who makes it, then hands it to the {@link SolveQueue} (who waits, who runs, on
 * which instance), whose claims the {@link SolveRunner} of some instance runs; the {@link SolveStatuses}
 * answer how it stands. The job's state lives in the database, and a stop or a pause reaches the running
 * instance through the job row.
 */
@Service
public class SolvingService {

    static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);
    static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(30);
    static final long MAX_STEP_LIMIT = 10_000_000;

    /** How often a stop or a pause looks at the job row while another instance ends the run. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    private static final Logger log = LoggerFactory.getLogger(SolvingService.class);

    private final SolveJobStore store;
    private final SolveQueue queue;
    private final SolveRunner runner;
    private final SolveRuns runs;
    private final SolveStatuses statuses;
    private final PlanService plans;
    private final SolvingProperties properties;

    SolvingService(
            SolveJobStore store,
            SolveQueue queue,
            SolveRunner runner,
            SolveRuns runs,
            SolveStatuses statuses,
            PlanService plans,
            SolvingProperties properties) {
        this.store = store;
        this.queue = queue;
        this.runner = runner;
        this.runs = runs;
        this.statuses = statuses;
        this.plans = plans;
        this.properties = properties;
    }

    /**
     * Queues a solve of the plan; it starts as soon as a solver slot is free on some instance.
     *
     * @param timeLimit null for the configured default
     * @param stepLimit local search steps after which the solve ends, for a reproducible solve; null for none
     */
    public SolveStatus start(long planId, Duration timeLimit, Long stepLimit) {
        Duration limit = timeLimit == null ? properties.defaultTimeLimit() : timeLimit;
        if (limit.compareTo(MIN_TIME_LIMIT) < 0 || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new InvalidRequestException("timeLimitSeconds", Message.of("input.time-limit"));
        }
        if (stepLimit != null && (stepLimit < 1 || stepLimit > MAX_STEP_LIMIT)) {
            throw new InvalidRequestException("stepLimit", Message.of("input.step-limit"));
        }
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanSolve(CurrentUser.get(), plan);
        offer(SolveTicket.of(planId, limit, stepLimit, CurrentUser.username()));
        return status(planId);
    }

    /** Takes the plan for the ticket's solve and queues it; the subscribers hear it is queued. */
    private void offer(SolveTicket ticket) {
        queue.offer(ticket);
        statuses.announce(ticket.planId());
    }

    /** Stops the plan's solve, keeping its best solution; answers once the solution is saved. */
    public SolveStatus stop(long planId) {
        PlanPolicy.checkCanSolve(CurrentUser.get(), plans.load(planId));
        long deadline = System.nanoTime() + SolveRun.STOP_WAIT.toNanos();
        while (true) {
            SolveJob job = store.find(planId)
                    .filter(found -> found.getTicketId() != null)
                    .orElseThrow(() -> new ConflictException(Message.of("conflict.not-solving")));
            SolveTicket ticket = job.ticket().orElseThrow();
            if (job.getReservedAt() == null && store.requestStop(planId, ticket.id())) {
                halt(ticket, ended -> !ticket.id().equals(ended.getTicketId()), deadline);
                return status(planId);
            }
            // Taken by a booking answer that pauses the solve: wait for it to hand over the resumed solve.
            if (System.nanoTime() > deadline) {
                throw new ConflictException(Message.of("conflict.solve-pausing"));
            }
            pause();
        }
    }

    /**
     * Applies a change to a plan that may be being solved, on any instance, without the plan's edit
     * rules: booking answers are never refused because of a solve (docs/reference/roles.md). A running
     * solve is stopped with its best solution saved, the change is applied, and the solve is queued again
     * for the time it had left (and its step limit anew), requested by the same user; meanwhile the plan's
     * place is reserved for it, so that no other request comes between. Without a solve the change is
     * simply applied; this takes no lock then, so answers to bookings of a plan not being solved never
     * wait for one another here.
     */
    public <T> T applyPausingSolve(long planId, Supplier<T> change) {
        long reservedDeadline = System.nanoTime() + SolveQueue.RESERVATION.toNanos();
        while (true) {
            Optional<SolveJob> current = store.find(planId).filter(job -> job.getTicketId() != null);
            if (current.isEmpty()) {
                return change.get();
            }
            if (current.get().getReservedAt() != null) {
                if (System.nanoTime() > reservedDeadline) {
                    // The answer that reserved it is gone; its resumed solve starts from the queue and reads the plan
                    // then.
                    return change.get();
                }
                // Another answer pauses the solve: this one waits for it to hand over the resumed solve.
                pause();
                continue;
            }
            SolveTicket paused = current.get().ticket().orElseThrow();
            SolveTicket resumed = paused.successor();
            if (!queue.reserve(paused, resumed)) {
                continue;
            }
            // Its run ended (or never began): the row holds the time it spent.
            SolveJob ended = halt(
                    paused,
                    job -> job.getRunId() == null && job.getState() != SolveState.SOLVING,
                    System.nanoTime() + SolveRun.STOP_WAIT.toNanos());
            Duration left = paused.timeLimit().minusMillis(ended == null ? 0 : ended.getTimeSpentMs());
            try {
                return change.get();
            } finally {
                resume(resumed.withTimeLimit(left.compareTo(MIN_TIME_LIMIT) < 0 ? MIN_TIME_LIMIT : left));
            }
        }
    }

    private void resume(SolveTicket resumed) {
        try {
            offer(resumed);
        } catch (RuntimeException e) {
            if (store.find(resumed.planId())
                    .filter(job -> resumed.id().equals(job.getTicketId()))
                    .isPresent()) {
                log.info(
                        "The solve of plan {} resumed from the queue before its booking answer was applied",
                        resumed.planId());
            } else {
                log.error("Could not resume the solve of plan {} after a booking answer", resumed.planId(), e);
            }
        }
    }

    /**
     * Stops the request's solve, whose stop the job row asks already, and waits until the row shows it
     * {@code ended}, at most until {@code deadline}: a request still waiting is withdrawn and never runs, a
     * run of this instance is stopped at once, one of another instance within a second.
     *
     * @return the row as it ended; null when it had not by the deadline (the solve's instance died: the
     * instance that takes its request over sees the stop)
     */
    private SolveJob halt(SolveTicket ticket, Predicate<SolveJob> ended, long deadline) {
        if (queue.withdraw(ticket)) {
            // Still waiting: it never ran, so there is nothing to save.
            runner.end(ticket, null, SolveState.STOPPED, null, null, null);
        } else {
            runs.find(ticket.id()).ifPresent(SolveRun::stopAndAwaitEnd);
        }
        while (true) {
            Optional<SolveJob> job = store.find(ticket.planId());
            if (job.isEmpty() || ended.test(job.get())) {
                return job.orElse(null);
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_AGAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a solve to end", e);
        }
    }

    public SolveStatus status(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return statuses.find(planId).orElseThrow(() -> new NotFoundException("solve", planId));
    }

    public SseEmitter subscribe(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return statuses.subscribe(planId);
    }
}
