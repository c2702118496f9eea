package org.protocolplanner.solving;

import java.time.Clock;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the solves the queue hands to this process, one at a time per thread: reads the plan, solves it
 * within its limits, tells each new best, saves the best while solving (at most every
 * {@code saveInterval}, and each phase's result) and at the end, and frees the plan's place.
 */
@Component
class SolveRunner implements SolveWorker {

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);

    private final SolveJobStore store;
    private final PlanScheduleMapper mapper;
    private final SolveQueue queue;
    private final SolveRuns runs;
    private final SolveStatuses statuses;
    private final SolveProgress progress;
    private final SolvingProperties properties;
    private final Clock clock;
    /** Scores the plan a solve starts from, before the solver has said anything. */
    private final SolutionManager<ProtocolSchedule, HardMediumSoftLongScore> scorer =
            SolutionManager.create(SolverFactory.create(ProtocolSolverConfig.scoring()));
    private volatile boolean shuttingDown;

    SolveRunner(SolveJobStore store, PlanScheduleMapper mapper, SolveQueue queue, SolveRuns runs,
            SolveStatuses statuses, SolveProgress progress, SolvingProperties properties, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.queue = queue;
        this.runs = runs;
        this.statuses = statuses;
        this.progress = progress;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void solve(SolveTicket ticket) {
        SolveRun run = runs.open(ticket);
        long planId = ticket.planId();
        try {
            store.started(planId);
            statuses.announce(planId);
            PlanScheduleMapper.Snapshot snapshot = mapper.read(planId);
            // Said at once: a plan that is already good may see no new best for the whole solve.
            run.starting = scorer.update(snapshot.schedule());
            run.startedAtNanos = System.nanoTime();
            statuses.announce(planId);
            run.ticker = progress.follow(planId);
            OptaPlannerRun solver = OptaPlannerRun.build(ticket.timeLimit(), ticket.stepLimit(),
                    (best, score, timeSpentMs, phaseEnded) -> newBest(run, snapshot, best, score, timeSpentMs,
                            phaseEnded));
            run.solver = solver;
            if (shuttingDown) {
                return;
            }
            if (run.stopRequested) {
                // Stopped between its start and the solver's: the plan keeps what it had.
                end(ticket, SolveState.STOPPED, null, null, null);
                return;
            }
            ProtocolSchedule best = solver.solve(snapshot.schedule());
            run.spentMs = solver.timeSpentMs();
            if (!shuttingDown) {
                end(ticket, run.stopRequested ? SolveState.STOPPED : SolveState.FINISHED, null, snapshot,
                        new SolveJobStore.Progress(best, best.getScore(), solver.timeSpentMs(),
                                solver.scoreCalculationSpeed()));
            }
        } catch (RuntimeException e) {
            if (!shuttingDown) {
                log.error("Solving plan {} failed", planId, e);
                end(ticket, SolveState.FAILED, e.getMessage(), null, null);
            }
        } finally {
            run.ended.complete(null);
        }
    }

    /**
     * On the solver's thread, with {@code best} not to be kept beyond this call (the solver may still
     * change it): tell the subscribers, and save when the last save is old enough or a phase ended.
     * A phase's result is always saved (a solve has a few phases): a best held back by the interval is
     * only saved with the next one or at the end, and after construction the next may be long in coming.
     */
    private void newBest(SolveRun run, PlanScheduleMapper.Snapshot snapshot, ProtocolSchedule best,
            HardMediumSoftLongScore score, long timeSpentMs, boolean phaseEnded) {
        HardMediumSoftLongScore known = run.best;
        if (!score.isSolutionInitialized() || shuttingDown
                || phaseEnded && known != null && score.compareTo(known) <= 0) {
            return;
        }
        run.best = score;
        run.timeSpentMs = timeSpentMs;
        statuses.announceBest(run.planId, score, timeSpentMs);
        long now = clock.millis();
        if (phaseEnded || now - run.savedAtMillis >= properties.saveInterval().toMillis()) {
            store.save(run.planId, snapshot,
                    new SolveJobStore.Progress(best, score, timeSpentMs, run.solver.scoreCalculationSpeed()));
            run.savedAtMillis = now;
        }
    }

    /**
     * Ends the request's solve: saves {@code progress} unless it is null, records the end, frees the plan's
     * place and tells the subscribers, then ends their streams. Also for a request stopped while it waited.
     */
    void end(SolveTicket ticket, SolveState state, String error, PlanScheduleMapper.Snapshot snapshot,
            SolveJobStore.Progress saved) {
        long planId = ticket.planId();
        runs.find(ticket).map(run -> run.ticker).ifPresent(ticker -> ticker.cancel(false));
        try {
            store.end(planId, state, error, snapshot, saved);
        } catch (RuntimeException e) {
            log.error("Could not save the end of the solve of plan {}", planId, e);
            store.end(planId, SolveState.FAILED, e.getMessage(), null, null);
        } finally {
            // A solve paused for a booking answer has handed its place to the resumed one already.
            queue.release(ticket);
            runs.close(ticket);
            statuses.announce(planId);
            statuses.complete(planId);
        }
    }

    /** No new best is told or saved from now on, and every solver is asked to end. */
    void shutDown() {
        shuttingDown = true;
        runs.terminateAll();
    }
}
