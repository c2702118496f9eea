package org.protocolplanner.solving;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Solves plans, keyed by plan id: at most {@code parallelism} at once (one per core by default), a
 * bounded queue behind them, one solve per plan. The job's state lives in the database; in memory are
 * only the solves of this process that are queued or running, so the map is bounded by the pool.
 * The best solution is saved while solving (at most every {@code saveInterval}) and at the end.
 */
@Service
public class SolvingService implements SmartInitializingSingleton, DisposableBean {

    static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(1);
    static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(30);
    static final long MAX_STEP_LIMIT = 10_000_000;
    /** How often a running solve tells its subscribers its time and best score, new best or not. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    /** How long a stop waits for the solver to hand back its best solution before answering. */
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(SolvingService.class);

    private final SolveJobStore store;
    private final PlanScheduleMapper mapper;
    private final SolveEvents events;
    private final PlanService plans;
    private final SolvingProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    /** Sends each running solve's status once a {@link #PROGRESS_INTERVAL}. */
    private final ScheduledExecutorService progress;
    /** Scores the plan a solve starts from, before the solver has said anything. */
    private final SolutionManager<ProtocolSchedule, HardMediumSoftLongScore> scorer =
            SolutionManager.create(SolverFactory.create(ProtocolSolverConfig.scoring()));
    /** The solves of this process not yet ended, in the order they were queued; guarded by itself. */
    private final Map<Long, SolveHandle> handles = new LinkedHashMap<>();
    private volatile boolean shuttingDown;

    SolvingService(SolveJobStore store, PlanScheduleMapper mapper, SolveEvents events, PlanService plans,
            SolvingProperties properties, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.events = events;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.parallelism(), properties.parallelism(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(properties.queueCapacity()),
                runnable -> {
                    Thread thread = new Thread(runnable, "solver-" + threads.incrementAndGet());
                    // A solve never keeps the process alive: one cut off shows as interrupted at the next start.
                    thread.setDaemon(true);
                    return thread;
                });
        this.progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "solve-progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Before the application serves requests: solves a previous process left unfinished are interrupted. */
    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = store.interruptLeftovers();
        if (interrupted > 0) {
            log.warn("{} solve(s) were cut off when the application last stopped; marked interrupted", interrupted);
        }
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
        synchronized (handles) {
            if (handles.containsKey(planId)) {
                throw new ConflictException("This plan is already being solved.");
            }
            if (handles.size() >= properties.parallelism() + properties.queueCapacity()) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "The solving queue is full; try again when a solve has ended.");
            }
            SolveHandle handle = new SolveHandle(planId, limit, stepLimit, CurrentUser.username());
            handles.put(planId, handle);
            try {
                submit(handle);
            } catch (RuntimeException e) {
                handles.remove(planId, handle);
                throw e;
            }
        }
        return status(planId);
    }

    /** Stops the plan's solve, keeping its best solution; answers once the solution is saved. */
    public SolveStatus stop(long planId) {
        PlanPolicy.checkCanSolve(CurrentUser.get(), plans.load(planId));
        while (true) {
            SolveHandle handle = current(planId);
            if (handle == null) {
                throw new ConflictException("This plan is not being solved.");
            }
            // Taken by a booking answer that pauses the solve: wait for it to hand over the resumed solve.
            synchronized (handle) {
                if (current(planId) == handle) {
                    halt(handle);
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
            SolveHandle paused = current(planId);
            if (paused == null) {
                return change.get();
            }
            synchronized (paused) {
                if (current(planId) != paused) {
                    continue;
                }
                // The resumed solve stands in the map from now on, so that a second answer waits for this one.
                SolveHandle resumed = new SolveHandle(planId, paused.timeLimit, paused.stepLimit, paused.requestedBy);
                synchronized (resumed) {
                    synchronized (handles) {
                        handles.put(planId, resumed);
                    }
                    halt(paused);
                    Duration left = paused.timeLimit.minusMillis(paused.spentMs);
                    resumed.timeLimit = left.compareTo(MIN_TIME_LIMIT) < 0 ? MIN_TIME_LIMIT : left;
                    try {
                        return change.get();
                    } finally {
                        resume(resumed);
                    }
                }
            }
        }
    }

    private void resume(SolveHandle resumed) {
        synchronized (handles) {
            try {
                submit(resumed);
            } catch (RuntimeException e) {
                handles.remove(resumed.planId, resumed);
                log.error("Could not resume the solve of plan {} after a booking answer", resumed.planId, e);
            }
        }
    }

    private SolveHandle current(long planId) {
        synchronized (handles) {
            return handles.get(planId);
        }
    }

    /** Queues the handle's solve; called holding {@code handles}. */
    private void submit(SolveHandle handle) {
        store.queue(handle.planId, handle.requestedBy, handle.timeLimit, handle.stepLimit);
        handle.future = executor.submit(() -> run(handle));
        events.state(handle.planId, status(store.find(handle.planId).orElseThrow()));
    }

    /** Stops the solve and waits until its best solution is saved and the plan is free. */
    private void halt(SolveHandle handle) {
        handle.stopRequested = true;
        if (handle.claimed.compareAndSet(false, true)) {
            // Still queued: it never ran, so there is nothing to save; its place in the queue is freed.
            handle.future.cancel(false);
            executor.purge();
            finish(handle, SolveState.STOPPED, null, null, null);
        } else {
            awaitEnd(handle);
        }
    }

    public SolveStatus status(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        SolveJob job = store.find(planId)
                .orElseThrow(() -> new NotFoundException("solve of plan", planId));
        return status(job);
    }

    public SseEmitter subscribe(long planId) {
        PlanPolicy.checkCanRead(CurrentUser.get());
        plans.load(planId);
        return events.subscribe(planId, store.find(planId).map(this::status).orElse(null));
    }

    @Override
    public void destroy() throws InterruptedException {
        shuttingDown = true;
        progress.shutdownNow();
        executor.shutdownNow();
        synchronized (handles) {
            handles.values().forEach(SolveHandle::terminate);
        }
        if (!executor.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("Solver threads still running at shutdown");
        }
    }

    private void run(SolveHandle handle) {
        long planId = handle.planId;
        if (!handle.claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            store.started(planId);
            events.state(planId, status(store.find(planId).orElseThrow()));
            PlanScheduleMapper.Snapshot snapshot = mapper.read(planId);
            // Said at once: a plan that is already good may see no new best for the whole solve.
            handle.starting = scorer.update(snapshot.schedule());
            handle.startedAtNanos = System.nanoTime();
            events.state(planId, status(store.find(planId).orElseThrow()));
            handle.ticker = progress.scheduleAtFixedRate(() -> tellProgress(handle), PROGRESS_INTERVAL.toMillis(),
                    PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            Solver<ProtocolSchedule> solver = SolverFactory.<ProtocolSchedule>create(
                    ProtocolSolverConfig.solving(handle.timeLimit, handle.stepLimit)).buildSolver();
            solver.addEventListener(event -> newBest(handle, snapshot, event.getNewBestSolution(),
                    (HardMediumSoftLongScore) event.getNewBestScore(), event.getTimeMillisSpent(), false));
            followPhaseEnds(solver, handle, snapshot);
            handle.solver = solver;
            if (shuttingDown) {
                return;
            }
            if (handle.stopRequested) {
                // Stopped between its start and the solver's: the plan keeps what it had.
                finish(handle, SolveState.STOPPED, null, null, null);
                return;
            }
            ProtocolSchedule best = solver.solve(snapshot.schedule());
            handle.spentMs = timeSpent(solver);
            if (!shuttingDown) {
                finish(handle, handle.stopRequested ? SolveState.STOPPED : SolveState.FINISHED, null, snapshot,
                        new SolveJobStore.Progress(best, best.getScore(), timeSpent(solver), speed(solver)));
            }
        } catch (RuntimeException e) {
            if (!shuttingDown) {
                log.error("Solving plan {} failed", planId, e);
                finish(handle, SolveState.FAILED, e.getMessage(), null, null);
            }
        } finally {
            handle.ended.complete(null);
        }
    }

    /**
     * The solver announces no best found by construction when the plan it started from counted as
     * complete, which it always does here (an engagement may stay unscheduled): the end of each phase
     * is therefore also checked for a new best.
     */
    private void followPhaseEnds(Solver<ProtocolSchedule> solver, SolveHandle handle,
            PlanScheduleMapper.Snapshot snapshot) {
        if (solver instanceof DefaultSolver<ProtocolSchedule> impl) {
            impl.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void phaseEnded(AbstractPhaseScope<ProtocolSchedule> phase) {
                    SolverScope<ProtocolSchedule> scope = phase.getSolverScope();
                    HardMediumSoftLongScore score = (HardMediumSoftLongScore) scope.getBestScore();
                    HardMediumSoftLongScore known = handle.best;
                    boolean improved = score.compareTo((HardMediumSoftLongScore) phase.getStartingScore()) > 0;
                    if (improved && (known == null || score.compareTo(known) > 0)) {
                        newBest(handle, snapshot, scope.getBestSolution(), score,
                                scope.calculateTimeMillisSpentUpToNow(), true);
                    }
                }
            });
        }
    }

    /**
     * On the solver's thread, with {@code best} not to be kept beyond this call (the solver may still
     * change it): tell the subscribers, and save when the last save is old enough or {@code always}.
     * A phase's result is always saved (a solve has a few phases): a best held back by the interval is
     * only saved with the next one or at the end, and after construction the next may be long in coming.
     */
    private void newBest(SolveHandle handle, PlanScheduleMapper.Snapshot snapshot, ProtocolSchedule best,
            HardMediumSoftLongScore score, long timeSpentMs, boolean always) {
        if (!score.isSolutionInitialized() || shuttingDown) {
            return;
        }
        handle.best = score;
        handle.timeSpentMs = timeSpentMs;
        events.bestScore(handle.planId, new SolveStatus.NewBest(SolveStatus.Score.of(score), timeSpentMs));
        long now = clock.millis();
        if (always || now - handle.savedAtMillis >= properties.saveInterval().toMillis()) {
            store.save(handle.planId, snapshot,
                    new SolveJobStore.Progress(best, score, timeSpentMs, speed(handle.solver)));
            handle.savedAtMillis = now;
        }
    }

    /**
     * Once a second while solving: the status with the time spent and the best score so far, so that the
     * board's clock runs and says "no better plan found yet" rather than standing still.
     */
    private void tellProgress(SolveHandle handle) {
        try {
            store.find(handle.planId).filter(job -> job.getState() == SolveState.SOLVING)
                    .ifPresent(job -> events.state(handle.planId, status(job)));
        } catch (RuntimeException e) {
            // A missed tick is told again a second later; a failing one must not end the ticker quietly.
            log.debug("Could not tell the progress of the solve of plan {}", handle.planId, e);
        }
    }

    private void finish(SolveHandle handle, SolveState state, String error, PlanScheduleMapper.Snapshot snapshot,
            SolveJobStore.Progress progress) {
        ScheduledFuture<?> ticker = handle.ticker;
        if (ticker != null) {
            ticker.cancel(false);
        }
        try {
            store.end(handle.planId, state, error, snapshot, progress);
        } catch (RuntimeException e) {
            log.error("Could not save the end of the solve of plan {}", handle.planId, e);
            store.end(handle.planId, SolveState.FAILED, e.getMessage(), null, null);
        } finally {
            synchronized (handles) {
                // A solve paused for a booking answer has its resumed successor in the map already.
                handles.remove(handle.planId, handle);
            }
            events.state(handle.planId, status(store.find(handle.planId).orElseThrow()));
            events.complete(handle.planId);
        }
    }

    /**
     * Waits for the solve to end. {@code terminateEarly} is repeated because a solver that has not yet
     * begun {@code solve} forgets an earlier call when it begins.
     */
    private void awaitEnd(SolveHandle handle) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!handle.ended.isDone() && System.nanoTime() < deadline) {
            handle.terminate();
            try {
                handle.ended.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not yet: ask again
            } catch (ExecutionException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private SolveStatus status(SolveJob job) {
        SolveHandle handle;
        Integer position = null;
        synchronized (handles) {
            handle = handles.get(job.getPlanId());
            if (job.getState() == SolveState.QUEUED && handle != null) {
                List<Long> waiting = new ArrayList<>();
                handles.values().stream().filter(h -> !h.claimed.get()).forEach(h -> waiting.add(h.planId));
                int index = waiting.indexOf(job.getPlanId());
                position = index < 0 ? null : index + 1;
            }
        }
        boolean live = handle != null && job.getState() == SolveState.SOLVING && handle.starting != null;
        HardMediumSoftLongScore best = !live ? job.getBestScore() : handle.best != null ? handle.best : handle.starting;
        long timeSpent = live ? handle.timeSpentNow() : job.getTimeSpentMs();
        return new SolveStatus(job.getPlanId(), job.getState(), job.getRequestedBy(),
                job.getTimeLimit().toSeconds(), job.getQueuedAt(), job.getStartedAt(), job.getEndedAt(), position,
                SolveStatus.Score.of(best), timeSpent, job.getScoreCalculationSpeed(), job.getError(),
                job.getStepLimit(), job.getMovedEngagements(),
                job.getMovedEngagements() == null ? null : store.moved(job.getPlanId()),
                live ? SolveStatus.Score.of(handle.starting) : null);
    }

    private static long timeSpent(Solver<ProtocolSchedule> solver) {
        return solver instanceof DefaultSolver<ProtocolSchedule> impl ? impl.getTimeMillisSpent() : 0;
    }

    /**
     * Score calculations per second so far. OptaPlanner's public API has none; its solver keeps the
     * count (its own speed figure is only defined once solving has ended).
     */
    private static long speed(Solver<ProtocolSchedule> solver) {
        if (solver instanceof DefaultSolver<ProtocolSchedule> impl) {
            SolverScope<ProtocolSchedule> scope = impl.getSolverScope();
            return scope.getScoreCalculationCount() * 1000 / Math.max(1, scope.calculateTimeMillisSpentUpToNow());
        }
        return 0;
    }

    /** One solve of this process, queued or running. Written by the solver's thread, read by requests. */
    private static final class SolveHandle {

        final long planId;
        volatile Duration timeLimit;
        final Long stepLimit;
        final String requestedBy;
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        volatile Future<?> future;
        volatile Solver<ProtocolSchedule> solver;
        /**
         * Taken by whichever comes first: the pool thread starting the solve, or a stop while it is still
         * queued (a FutureTask can be cancelled even while it runs, so cancelling alone cannot tell).
         */
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile boolean stopRequested;
        volatile HardMediumSoftLongScore best;
        volatile HardMediumSoftLongScore starting;
        volatile long startedAtNanos;
        volatile ScheduledFuture<?> ticker;
        volatile long timeSpentMs;
        volatile long savedAtMillis = Long.MIN_VALUE / 2;
        /** Solving time when the solver returned; what a paused solve no longer has. */
        volatile long spentMs;

        SolveHandle(long planId, Duration timeLimit, Long stepLimit, String requestedBy) {
            this.planId = planId;
            this.timeLimit = timeLimit;
            this.stepLimit = stepLimit;
            this.requestedBy = requestedBy;
        }

        /** Solving time up to now: the clock runs between new bests too. */
        long timeSpentNow() {
            return Math.max(timeSpentMs, (System.nanoTime() - startedAtNanos) / 1_000_000);
        }

        void terminate() {
            Solver<ProtocolSchedule> current = solver;
            if (current != null) {
                current.terminateEarly();
            }
        }
    }
}
