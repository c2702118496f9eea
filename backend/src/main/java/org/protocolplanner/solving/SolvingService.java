package org.protocolplanner.solving;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Solves plans, keyed by plan id, one solve per plan: checks a request and who makes it, then hands it
 * to the {@link SolveQueue} (who waits, who runs), whose worker, the {@link SolveRunner}, solves it; the
 * {@link SolveStatuses} answer how it stands. The job's state lives in the database.
 */
@Service
public class SolvingService implements SmartInitializingSingleton, DisposableBean {

    static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);
    static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(30);
    static final long MAX_STEP_LIMIT = 10_000_000;

    private static final Logger log = LoggerFactory.getLogger(SolvingService.class);

    private final SolveJobStore store;
    private final SolveQueue queue;
    private final SolveRunner runner;
    private final SolveRuns runs;
    private final SolveStatuses statuses;
    private final SolveProgress progress;
    private final PlanService plans;
    private final SolvingProperties properties;

    SolvingService(SolveJobStore store, SolveQueue queue, SolveRunner runner, SolveRuns runs,
            SolveStatuses statuses, SolveProgress progress, PlanService plans, SolvingProperties properties) {
        this.store = store;
        this.queue = queue;
        this.runner = runner;
        this.runs = runs;
        this.statuses = statuses;
        this.progress = progress;
        this.plans = plans;
        this.properties = properties;
    }

    /**
     * Before the application serves requests: solves a previous process left unfinished are interrupted,
     * then this process begins to solve what is queued.
     */
    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = store.interruptLeftovers();
        if (interrupted > 0) {
            log.warn("{} solve(s) were cut off when the application last stopped; marked interrupted", interrupted);
        }
        queue.serve(runner);
    }

    /**
     * Queues a solve of the plan; it starts as soon as a core is free.
     *
     * @param timeLimit null for the configured default
     * @param stepLimit local search steps after which the solve ends, for a reproducible solve; null for none
     */
    public SolveStatus start(long planId, Duration timeLimit, Long stepLimit) {
        Duration limit = timeLimit == null ? properties.defaultTimeLimit() : timeLimit;
        if (limit.compareTo(MIN_TIME_LIMIT) < 0 || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new InvalidRequestException("timeLimitSeconds", "must be from 1 second to 30 minutes (1800)");
        }
        if (stepLimit != null && (stepLimit < 1 || stepLimit > MAX_STEP_LIMIT)) {
            throw new InvalidRequestException("stepLimit", "must be from 1 to 10,000,000 steps");
        }
        Plan plan = plans.load(planId);
        PlanPolicy.checkCanSolve(CurrentUser.get(), plan);
        offer(SolveTicket.of(planId, limit, stepLimit, CurrentUser.username()));
        return status(planId);
    }

    /** Takes the plan for the ticket's solve and queues it; the subscribers hear it is queued. */
    private void offer(SolveTicket ticket) {
        runs.open(ticket);
        try {
            queue.offer(ticket, () -> {
                store.queue(ticket.planId(), ticket.requestedBy(), ticket.timeLimit(), ticket.stepLimit());
                statuses.announce(ticket.planId());
            });
        } catch (RuntimeException e) {
            runs.close(ticket);
            throw e;
        }
    }

    /** Stops the plan's solve, keeping its best solution; answers once the solution is saved. */
    public SolveStatus stop(long planId) {
        PlanPolicy.checkCanSolve(CurrentUser.get(), plans.load(planId));
        while (true) {
            SolveTicket ticket = queue.current(planId)
                    .orElseThrow(() -> new ConflictException("This plan is not being solved."));
            Optional<SolveRun> run = runs.find(ticket);
            if (run.isEmpty()) {
                continue;
            }
            // Taken by a booking answer that pauses the solve: wait for it to hand over the resumed solve.
            synchronized (run.get()) {
                if (isCurrent(ticket)) {
                    halt(ticket, run.get());
                    return status(planId);
                }
            }
        }
    }

    /**
     * Applies a change to a plan that may be being solved, without the plan's edit rules: booking answers
     * are never refused because of a solve (docs/reference/roles.md). A running solve is stopped with its best solution
     * saved, the change is applied, and the solve is queued again for the time it had left (and its step
     * limit anew), requested by the same user. Without a solve the change is simply applied; this takes no
     * lock then, so answers to bookings of a plan not being solved never wait for one another here.
     */
    public <T> T applyPausingSolve(long planId, Supplier<T> change) {
        while (true) {
            Optional<SolveTicket> current = queue.current(planId);
            if (current.isEmpty()) {
                return change.get();
            }
            SolveTicket paused = current.get();
            SolveRun pausedRun = runs.find(paused).orElse(null);
            if (pausedRun == null) {
                continue;
            }
            synchronized (pausedRun) {
                if (!isCurrent(paused)) {
                    continue;
                }
                // The resumed solve holds the plan's place from now on, so that a second answer waits for this one.
                SolveTicket resumed = paused.successor();
                synchronized (runs.open(resumed)) {
                    queue.reserve(resumed);
                    halt(paused, pausedRun);
                    Duration left = paused.timeLimit().minusMillis(pausedRun.spentMs);
                    try {
                        return change.get();
                    } finally {
                        resume(resumed.withTimeLimit(left.compareTo(MIN_TIME_LIMIT) < 0 ? MIN_TIME_LIMIT : left));
                    }
                }
            }
        }
    }

    private void resume(SolveTicket resumed) {
        try {
            offer(resumed);
        } catch (RuntimeException e) {
            queue.release(resumed);
            log.error("Could not resume the solve of plan {} after a booking answer", resumed.planId(), e);
        }
    }

    private boolean isCurrent(SolveTicket ticket) {
        return queue.current(ticket.planId()).filter(ticket::equals).isPresent();
    }

    /** Stops the solve and waits until its best solution is saved and the plan is free. */
    private void halt(SolveTicket ticket, SolveRun run) {
        run.stopRequested = true;
        if (queue.withdraw(ticket)) {
            // Still queued: it never ran, so there is nothing to save.
            runner.end(ticket, SolveState.STOPPED, null, null, null);
        } else {
            run.stopAndAwaitEnd();
        }
    }

    public SolveStatus status(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return statuses.find(planId).orElseThrow(() -> new NotFoundException("solve of plan", planId));
    }

    public SseEmitter subscribe(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return statuses.subscribe(planId);
    }

    @Override
    public void destroy() throws InterruptedException {
        runner.shutDown();
        progress.shutDown();
        queue.close();
    }
}
