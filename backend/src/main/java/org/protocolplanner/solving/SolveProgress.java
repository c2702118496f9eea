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
 * Once a {@link #INTERVAL} while solving: the status with the time spent and the best score so far, so
 * that the board's clock runs and says "no better plan found yet" rather than standing still.
 */
@Component
class SolveProgress {

    /** How often a running solve tells its subscribers its time and best score, new best or not. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SolveProgress.class);

    private final SolveStatuses statuses;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solve-progress");
        thread.setDaemon(true);
        return thread;
    });

    SolveProgress(SolveStatuses statuses) {
        this.statuses = statuses;
    }

    /** Tells the plan's progress every interval until the answer is cancelled. */
    ScheduledFuture<?> follow(long planId) {
        return ticks.scheduleAtFixedRate(() -> tell(planId), INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void tell(long planId) {
        try {
            statuses.announceProgress(planId);
        } catch (RuntimeException e) {
            // A missed tick is told again a second later; a failing one must not end the ticker quietly.
            log.debug("Could not tell the progress of the solve of plan {}", planId, e);
        }
    }

    void shutDown() {
        ticks.shutdownNow();
    }
}
