package org.protocolplanner.solving;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once a {@link #INTERVAL} while a run of this instance solves: writes its best score and time so far to
 * the job row, where every instance reads them, learns from the row whether a stop was asked (on any
 * instance) or the run lost its claim, and tells the status to the subscribers, so that the board's
 * clock runs and says "no better plan found yet" rather than standing still.
 */
@Component
class SolveProgress {

    /** How often a running solve tells its time and best score, new best or not, and looks for a stop. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SolveProgress.class);

    private final SolveJobStore store;
    private final SolveStatuses statuses;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solve-progress");
        thread.setDaemon(true);
        return thread;
    });

    SolveProgress(SolveJobStore store, SolveStatuses statuses) {
        this.store = store;
        this.statuses = statuses;
    }

    /** Follows the run every interval until the answer is cancelled. */
    ScheduledFuture<?> follow(SolveRun run) {
        return ticks.scheduleAtFixedRate(
                () -> tick(run), INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick(SolveRun run) {
        try {
            switch (store.tick(run.planId, run.runId, run.bestSoFar(), run.timeSpentNow())) {
                case STOP -> {
                    run.stopRequested = true;
                    run.terminate();
                }
                case LOST -> {
                    run.lost = true;
                    run.terminate();
                    return;
                }
                case GO_ON -> {}
            }
            statuses.announce(run.planId);
        } catch (RuntimeException e) {
            // A missed tick is told again a second later; a failing one must not end the ticker quietly.
            log.debug("Could not tell the progress of the solve of plan {}", run.planId, e);
        }
    }

    void shutDown() {
        ticks.shutdownNow();
    }
}
