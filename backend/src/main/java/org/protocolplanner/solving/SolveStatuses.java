package org.protocolplanner.solving;

import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A plan's solve as the API tells it, the same on every instance: the job row, with its place in the
 * queue while it waits and, while it solves, the run's figures (this instance's own run as it stands,
 * another instance's as that one wrote them to the row within the last second). Answered on request and
 * told to the event streams of this instance and, through the {@link SolveEventRelay}, of the others.
 */
@Component
class SolveStatuses {

    /** The least time between two new bests told to the other instances: the solver finds many a second. */
    static final long BEST_RELAY_INTERVAL_MS = 250;

    private final SolveJobStore store;
    private final SolveRuns runs;
    private final SolveEvents events;
    private final SolveEventRelay relay;

    SolveStatuses(SolveJobStore store, SolveRuns runs, SolveEvents events, SolveEventRelay relay) {
        this.store = store;
        this.runs = runs;
        this.events = events;
        this.relay = relay;
        relay.receiveWith(this::received);
    }

    Optional<SolveStatus> find(long planId) {
        return store.find(planId).map(this::of);
    }

    /** Tells the plan's subscribers on every instance its solve's status as it stands. */
    void announce(long planId) {
        tellHere(planId);
        relay.state(planId);
    }

    void announceBest(SolveRun run, HardMediumSoftLongScore score, long timeSpentMs) {
        SolveStatus.Score told = SolveStatus.Score.of(score);
        events.bestScore(run.planId, new SolveStatus.NewBest(told, timeSpentMs));
        long now = System.currentTimeMillis();
        if (now - run.bestRelayedAtMillis >= BEST_RELAY_INTERVAL_MS) {
            run.bestRelayedAtMillis = now;
            relay.best(run.planId, told, timeSpentMs);
        }
    }

    /** Ends the plan's streams on every instance: its solve is over. */
    void complete(long planId) {
        events.complete(planId);
        relay.complete(planId);
    }

    SseEmitter subscribe(long planId) {
        return events.subscribe(planId, find(planId).orElse(null));
    }

    private void tellHere(long planId) {
        if (events.hasSubscribers(planId)) {
            store.find(planId).ifPresent(job -> events.state(planId, of(job)));
        }
    }

    /** What another instance's solve did, for the streams open on this instance. */
    private void received(SolveEventRelay.Notice notice) {
        switch (notice.kind()) {
            case STATE -> tellHere(notice.planId());
            case BEST ->
                events.bestScore(notice.planId(), new SolveStatus.NewBest(notice.best(), notice.timeSpentMs()));
            case COMPLETE -> events.complete(notice.planId());
        }
    }

    SolveStatus of(SolveJob job) {
        long planId = job.getPlanId();
        boolean waiting =
                job.getState() == SolveState.QUEUED && job.getTicketId() != null && job.getReservedAt() == null;
        Integer position = waiting ? store.position(job) : null;
        boolean solving = job.getState() == SolveState.SOLVING;
        SolveRun run =
                solving ? runs.find(job.getTicketId()).filter(SolveRun::isLive).orElse(null) : null;
        HardMediumSoftLongScore best = job.getBestScore();
        long timeSpent = job.getTimeSpentMs();
        HardMediumSoftLongScore starting = null;
        if (run != null) {
            best = run.bestSoFar();
            timeSpent = run.timeSpentNow();
            starting = run.starting;
        } else if (solving && job.getStartingScore() != null) {
            best = job.getLiveScore();
            timeSpent = job.getLiveTimeMs();
            starting = job.getStartingScore();
        }
        return new SolveStatus(
                planId,
                job.getState(),
                job.getRequestedBy(),
                job.getTimeLimit().toSeconds(),
                job.getQueuedAt(),
                job.getStartedAt(),
                job.getEndedAt(),
                position,
                SolveStatus.Score.of(best),
                timeSpent,
                job.getScoreCalculationSpeed(),
                job.getError(),
                job.getStepLimit(),
                job.getMovedEngagements(),
                job.getMovedEngagements() == null ? null : store.moved(planId),
                SolveStatus.Score.of(starting));
    }
}
