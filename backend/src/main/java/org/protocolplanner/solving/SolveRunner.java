package org.protocolplanner.solving;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.protocolplanner.planning.ProtocolSolverConfig;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.scheduling.InstanceName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the solves this instance claims from the queue, one at a time per solver slot: claims the
 * request on its job row, reads the plan (as last saved, so that a request taken over from an instance
 * that died goes on from that instance's last saved best), solves it for the time the request has left,
 * tells each new best, saves the best while solving (at most every {@code saveInterval}, and each
 * phase's result) and at the end, and frees the plan's place.
 */
@Component
class SolveRunner {

    static final String CUT_OFF = "The application stopped before the solve ended.";

    private static final Logger log = LoggerFactory.getLogger(SolveRunner.class);

    private final SolveJobStore store;
    private final PlanScheduleMapper mapper;
    private final SolveRuns runs;
    private final SolveStatuses statuses;
    private final SolveProgress progress;
    private final SolvingProperties properties;
    private final InstanceName instance;
    private final Clock clock;
    /** Scores the plan a solve starts from, before the solver has said anything. */
    private final SolutionManager<ProtocolSchedule, HardMediumSoftLongScore> scorer =
            SolutionManager.create(SolverFactory.create(ProtocolSolverConfig.scoring()));

    private volatile boolean shuttingDown;

    SolveRunner(
            SolveJobStore store,
            PlanScheduleMapper mapper,
            SolveRuns runs,
            SolveStatuses statuses,
            SolveProgress progress,
            SolvingProperties properties,
            InstanceName instance,
            Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.runs = runs;
        this.statuses = statuses;
        this.progress = progress;
        this.properties = properties;
        this.instance = instance;
        this.clock = clock;
    }

    /**
     * Solves the request this instance has picked from the queue; returns when its run has ended. A
     * request that no longer holds its plan's place is not run.
     *
     * @throws RuntimeException when the end could not be recorded (the database is away): the queue
     *                          offers the request again later, and its next run goes on from the last save
     */
    void solve(long planId, UUID ticketId) {
        Optional<SolveJobStore.Claim> claimed = store.claim(planId, ticketId, instance.getName());
        if (claimed.isEmpty()) {
            return;
        }
        SolveJobStore.Claim claim = claimed.get();
        SolveTicket ticket = claim.ticket();
        SolveRun run = runs.open(ticket);
        run.runId = claim.runId();
        run.spentBeforeMs = claim.spentBeforeMs();
        run.stopRequested = claim.stopRequested();
        if (claim.cutOffOn() != null) {
            log.info(
                    "Taking over the solve of plan {} cut off on {}, {} s solved already",
                    planId,
                    claim.cutOffOn(),
                    claim.spentBeforeMs() / 1000);
        }
        try {
            Outcome outcome;
            try {
                outcome = run(ticket, run);
            } catch (SolveJobStore.ClaimLost e) {
                lost(ticket, run);
                return;
            } catch (RuntimeException e) {
                if (run.lost) {
                    lost(ticket, run);
                    return;
                }
                log.error("Solving plan {} failed", planId, e);
                outcome = new Outcome(SolveState.FAILED, e.getMessage(), null, null);
            }
            end(ticket, run, outcome.state, outcome.error, outcome.snapshot, outcome.saved);
        } finally {
            run.ended.complete(null);
        }
    }

    /** How a run ended, and what it saves at its end (nothing when {@code saved} is null). */
    private record Outcome(
            SolveState state, String error, PlanScheduleMapper.Snapshot snapshot, SolveJobStore.Progress saved) {}

    private Outcome run(SolveTicket ticket, SolveRun run) {
        long planId = ticket.planId();
        statuses.announce(planId);
        PlanScheduleMapper.Snapshot snapshot = mapper.read(planId);
        // Said at once: a plan that is already good may see no new best for the whole solve.
        run.starting = scorer.update(snapshot.schedule());
        run.startedAtNanos = System.nanoTime();
        store.starting(planId, run.runId, run.starting, run.spentBeforeMs);
        statuses.announce(planId);
        run.ticker = progress.follow(run);
        Duration left = ticket.timeLimit().minusMillis(run.spentBeforeMs);
        OptaPlannerRun solver = OptaPlannerRun.build(
                left.compareTo(SolvingService.MIN_TIME_LIMIT) < 0 ? SolvingService.MIN_TIME_LIMIT : left,
                ticket.stepLimit(),
                (best, score, timeSpentMs, phaseEnded) -> newBest(run, snapshot, best, score, timeSpentMs, phaseEnded));
        run.solver = solver;
        if (shuttingDown || run.stopRequested) {
            // Stopped between its claim and the solver's start: the plan keeps what it had.
            return shuttingDown
                    ? new Outcome(SolveState.INTERRUPTED, CUT_OFF, null, null)
                    : new Outcome(SolveState.STOPPED, null, null, null);
        }
        ProtocolSchedule best = solver.solve(snapshot.schedule());
        if (run.lost) {
            throw new SolveJobStore.ClaimLost(planId);
        }
        SolveJobStore.Progress saved = new SolveJobStore.Progress(
                best, best.getScore(), run.spentBeforeMs + solver.timeSpentMs(), solver.scoreCalculationSpeed());
        if (shuttingDown) {
            return new Outcome(SolveState.INTERRUPTED, CUT_OFF, snapshot, saved);
        }
        return new Outcome(run.stopRequested ? SolveState.STOPPED : SolveState.FINISHED, null, snapshot, saved);
    }

    /**
     * On the solver's thread, with {@code best} not to be kept beyond this call (the solver may still
     * change it): tell the subscribers, and save when the last save is old enough or a phase ended.
     * A phase's result is always saved (a solve has a few phases): a best held back by the interval is
     * only saved with the next one or at the end, and after construction the next may be long in coming.
     */
    private void newBest(
            SolveRun run,
            PlanScheduleMapper.Snapshot snapshot,
            ProtocolSchedule best,
            HardMediumSoftLongScore score,
            long timeSpentMs,
            boolean phaseEnded) {
        HardMediumSoftLongScore known = run.best;
        if (!score.isSolutionInitialized()
                || shuttingDown
                || run.lost
                || phaseEnded && known != null && score.compareTo(known) <= 0) {
            return;
        }
        run.best = score;
        run.timeSpentMs = timeSpentMs;
        statuses.announceBest(run, score, run.spentBeforeMs + timeSpentMs);
        long now = clock.millis();
        if (phaseEnded || now - run.savedAtMillis >= properties.saveInterval().toMillis()) {
            try {
                store.save(
                        run.planId,
                        run.runId,
                        snapshot,
                        new SolveJobStore.Progress(
                                best, score, run.spentBeforeMs + timeSpentMs, run.solver.scoreCalculationSpeed()));
            } catch (SolveJobStore.ClaimLost e) {
                run.lost = true;
                run.terminate();
                return;
            }
            run.savedAtMillis = now;
        }
    }

    /**
     * Ends the run: saves {@code saved} unless it is null, records the end, frees the plan's place and
     * tells the subscribers on every instance, then ends their streams. With {@code run} null, for a request
     * withdrawn while it waited: the instance that withdrew it records its end.
     */
    void end(
            SolveTicket ticket,
            SolveRun run,
            SolveState state,
            String error,
            PlanScheduleMapper.Snapshot snapshot,
            SolveJobStore.Progress saved) {
        long planId = ticket.planId();
        if (run != null && run.ticker != null) {
            run.ticker.cancel(false);
        }
        UUID runId = run == null ? null : run.runId;
        try {
            store.end(ticket, runId, state, error, snapshot, saved);
        } catch (SolveJobStore.ClaimLost e) {
            lost(ticket, run);
            return;
        } catch (RuntimeException e) {
            log.error("Could not save the end of the solve of plan {}", planId, e);
            store.end(ticket, runId, SolveState.FAILED, e.getMessage(), null, null);
        } finally {
            if (run != null) {
                runs.close(ticket, run);
            }
        }
        statuses.announce(planId);
        statuses.complete(planId);
    }

    private void lost(SolveTicket ticket, SolveRun run) {
        if (run != null) {
            if (run.ticker != null) {
                run.ticker.cancel(false);
            }
            runs.close(ticket, run);
        }
        log.warn(
                "The solve of plan {} was taken over by another instance; this instance's run ended without"
                        + " writing",
                ticket.planId());
    }

    /** No new best is told or saved from now on, and every solver is asked to end: the application stops. */
    void shutDown() {
        shuttingDown = true;
        runs.terminateAll();
    }
}
