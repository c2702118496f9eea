package org.protocolplanner.solving;

import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A plan's solve as the API tells it: the job row, with its place in the queue while it waits and the
 * live figures of this process's run while it solves; answered on request and told to the event streams.
 */
@Component
class SolveStatuses {

    private final SolveJobStore store;
    private final SolveQueue queue;
    private final SolveRuns runs;
    private final SolveEvents events;

    SolveStatuses(SolveJobStore store, SolveQueue queue, SolveRuns runs, SolveEvents events) {
        this.store = store;
        this.queue = queue;
        this.runs = runs;
        this.events = events;
    }

    Optional<SolveStatus> find(long planId) {
        return store.find(planId).map(this::of);
    }

    /** Tells the plan's subscribers its solve's status as it stands. */
    void announce(long planId) {
        events.state(planId, of(store.find(planId).orElseThrow()));
    }

    /** Tells the subscribers the status while solving, with its time and best score so far. */
    void announceProgress(long planId) {
        store.find(planId).filter(job -> job.getState() == SolveState.SOLVING)
                .ifPresent(job -> events.state(planId, of(job)));
    }

    void announceBest(long planId, HardMediumSoftLongScore score, long timeSpentMs) {
        events.bestScore(planId, new SolveStatus.NewBest(SolveStatus.Score.of(score), timeSpentMs));
    }

    /** Ends the plan's streams: its solve is over. */
    void complete(long planId) {
        events.complete(planId);
    }

    SseEmitter subscribe(long planId) {
        return events.subscribe(planId, find(planId).orElse(null));
    }

    SolveStatus of(SolveJob job) {
        long planId = job.getPlanId();
        Optional<SolveTicket> ticket = queue.current(planId);
        Integer position = job.getState() == SolveState.QUEUED && ticket.isPresent()
                ? queue.position(planId).orElse(null) : null;
        SolveRun run = job.getState() == SolveState.SOLVING
                ? ticket.flatMap(runs::find).filter(SolveRun::isLive).orElse(null) : null;
        HardMediumSoftLongScore best = run == null ? job.getBestScore() : run.bestSoFar();
        long timeSpent = run == null ? job.getTimeSpentMs() : run.timeSpentNow();
        return new SolveStatus(planId, job.getState(), job.getRequestedBy(),
                job.getTimeLimit().toSeconds(), job.getQueuedAt(), job.getStartedAt(), job.getEndedAt(), position,
                SolveStatus.Score.of(best), timeSpent, job.getScoreCalculationSpeed(), job.getError(),
                job.getStepLimit(), job.getMovedEngagements(),
                job.getMovedEngagements() == null ? null : store.moved(planId),
                run == null ? null : SolveStatus.Score.of(run.starting));
    }
}
