package org.protocolplanner.solving;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One run of a solve in this process, from its claim to its end: what the status tells while it runs,
 * and how to stop it. Written by the solver's thread, read by requests and the once-a-second ticker.
 */
final class SolveRun {

    /** How long a stop waits for the solver to hand back its best solution before answering. */
    static final Duration STOP_WAIT = Duration.ofSeconds(20);

    final long planId;
    final CompletableFuture<Void> ended = new CompletableFuture<>();
    /** The claim this run holds on the job row, which every write of its results is checked against. */
    volatile UUID runId;
    /** Solving time an earlier run of the request, cut off, had spent already. */
    volatile long spentBeforeMs;

    volatile OptaPlannerRun solver;
    volatile boolean stopRequested;
    /** Another instance took the request over (this one's claim had lapsed): this run writes nothing more. */
    volatile boolean lost;
    /** When a new best was last told to the other instances. */
    volatile long bestRelayedAtMillis = Long.MIN_VALUE / 2;

    volatile HardMediumSoftLongScore best;
    volatile HardMediumSoftLongScore starting;
    volatile long startedAtNanos;
    volatile ScheduledFuture<?> ticker;
    volatile long timeSpentMs;
    volatile long savedAtMillis = Long.MIN_VALUE / 2;

    SolveRun(long planId) {
        this.planId = planId;
    }

    /** Whether the solver has begun, so that its best score so far and time are worth telling. */
    boolean isLive() {
        return starting != null;
    }

    /** Solving time of the request up to now, earlier runs included: the clock runs between new bests too. */
    long timeSpentNow() {
        return spentBeforeMs + Math.max(timeSpentMs, (System.nanoTime() - startedAtNanos) / 1_000_000);
    }

    /** The best score so far: the starting one until the solver finds better. */
    HardMediumSoftLongScore bestSoFar() {
        HardMediumSoftLongScore found = best;
        return found != null ? found : starting;
    }

    void terminate() {
        OptaPlannerRun current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }

    /**
     * Waits for the solve to end. {@code terminateEarly} is repeated because a solver that has not yet
     * begun {@code solve} forgets an earlier call when it begins.
     */
    void stopAndAwaitEnd() {
        stopRequested = true;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!ended.isDone() && System.nanoTime() < deadline) {
            terminate();
            try {
                ended.get(200, TimeUnit.MILLISECONDS);
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
}
