package org.protocolplanner.solving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The latest solve of one plan, kept in the database so that its state outlives the process and every
 * instance on the database answers for it. The best score is that of the solution last saved to the
 * plan's engagements; while solving, the running instance also writes its best score and time once a
 * second ({@code live_*}). Its changes of state are made with the row locked (see
 * {@link SolveJobRepository#lock}); the stop flag and the live figures are single-column updates, which
 * {@link DynamicUpdate} keeps a state change from writing back as they were read.
 */
@Entity
@Table(name = "solve_job")
@DynamicUpdate
class SolveJob {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SolveState state;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "time_limit_ms")
    private long timeLimitMs;

    @Column(name = "step_limit")
    private Long stepLimit;

    @Column(name = "moved_engagements")
    private Integer movedEngagements;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "best_hard")
    private Long bestHard;

    @Column(name = "best_medium")
    private Long bestMedium;

    @Column(name = "best_soft")
    private Long bestSoft;

    @Column(name = "time_spent_ms")
    private long timeSpentMs;

    @Column(name = "score_calculation_speed")
    private long scoreCalculationSpeed;

    private String error;

    /** The request holding the plan's place; null once its solve has ended. */
    @Column(name = "ticket_id")
    private UUID ticketId;

    /** Set while the place is kept for the request that resumes a solve paused by a booking answer. */
    @Column(name = "reserved_at")
    private Instant reservedAt;

    /** The run that may write the solve's results; null when none runs. */
    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "solved_by")
    private String solvedBy;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Column(name = "starting_hard")
    private Long startingHard;

    @Column(name = "starting_medium")
    private Long startingMedium;

    @Column(name = "starting_soft")
    private Long startingSoft;

    @Column(name = "live_hard")
    private Long liveHard;

    @Column(name = "live_medium")
    private Long liveMedium;

    @Column(name = "live_soft")
    private Long liveSoft;

    @Column(name = "live_time_ms")
    private Long liveTimeMs;

    @Version
    private long version;

    protected SolveJob() {}

    SolveJob(Long planId) {
        this.planId = planId;
    }

    /** Starts the row over for the ticket's solve: the previous solve's figures no longer apply. */
    void queue(SolveTicket ticket, Instant now) {
        this.state = SolveState.QUEUED;
        this.ticketId = ticket.id();
        this.reservedAt = null;
        this.runId = null;
        this.solvedBy = null;
        this.stopRequested = false;
        this.requestedBy = ticket.requestedBy();
        this.timeLimitMs = ticket.timeLimit().toMillis();
        this.stepLimit = ticket.stepLimit();
        this.movedEngagements = null;
        this.queuedAt = now;
        this.startedAt = null;
        this.endedAt = null;
        this.bestHard = null;
        this.bestMedium = null;
        this.bestSoft = null;
        this.timeSpentMs = 0;
        this.scoreCalculationSpeed = 0;
        this.error = null;
        clearLive();
    }

    /**
     * A new run of the request on {@code instance}: from now on only {@code run} may write the results.
     * A run cut off before (its instance died) keeps its start time and figures, which the new run
     * continues from; a request reserved for a paused solve keeps none of its predecessor's stop.
     */
    void claim(UUID run, String instance, Instant now) {
        if (reservedAt != null) {
            reservedAt = null;
            stopRequested = false;
        }
        this.state = SolveState.SOLVING;
        if (runId == null) {
            this.startedAt = now;
        }
        this.runId = run;
        this.solvedBy = instance;
    }

    /** The request now holding the plan's place is {@code next}, reserved; the running solve is to stop. */
    void reserve(UUID next, Instant now) {
        this.ticketId = next;
        this.reservedAt = now;
        this.stopRequested = true;
    }

    void saved(HardMediumSoftLongScore score, long timeSpentMs, long scoreCalculationSpeed, int movedEngagements) {
        this.movedEngagements = movedEngagements;
        this.bestHard = score.hardScore();
        this.bestMedium = score.mediumScore();
        this.bestSoft = score.softScore();
        this.timeSpentMs = timeSpentMs;
        this.scoreCalculationSpeed = scoreCalculationSpeed;
    }

    /**
     * The run has ended. When its request still holds the place, the place is freed; otherwise it was
     * handed to a resumed request, which keeps it.
     */
    void end(SolveTicket ticket, SolveState endState, String error, Instant now) {
        this.state = endState;
        this.error = error;
        this.endedAt = now;
        this.runId = null;
        if (ticket.id().equals(ticketId)) {
            this.ticketId = null;
            this.stopRequested = false;
        }
        clearLive();
    }

    private void clearLive() {
        this.startingHard = null;
        this.startingMedium = null;
        this.startingSoft = null;
        this.liveHard = null;
        this.liveMedium = null;
        this.liveSoft = null;
        this.liveTimeMs = null;
    }

    /** The request holding the plan's place, as the row tells it; empty when the place is free. */
    Optional<SolveTicket> ticket() {
        return ticketId == null
                ? Optional.empty()
                : Optional.of(new SolveTicket(ticketId, planId, getTimeLimit(), stepLimit, requestedBy));
    }

    /** Solving time recorded so far: what a run that takes over a cut-off one does not have again. */
    long spentSoFarMs() {
        return Math.max(timeSpentMs, liveTimeMs == null ? 0 : liveTimeMs);
    }

    Long getPlanId() {
        return planId;
    }

    SolveState getState() {
        return state;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Duration getTimeLimit() {
        return Duration.ofMillis(timeLimitMs);
    }

    Long getStepLimit() {
        return stepLimit;
    }

    Integer getMovedEngagements() {
        return movedEngagements;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    HardMediumSoftLongScore getBestScore() {
        return bestHard == null ? null : HardMediumSoftLongScore.of(bestHard, bestMedium, bestSoft);
    }

    long getTimeSpentMs() {
        return timeSpentMs;
    }

    long getScoreCalculationSpeed() {
        return scoreCalculationSpeed;
    }

    String getError() {
        return error;
    }

    UUID getTicketId() {
        return ticketId;
    }

    Instant getReservedAt() {
        return reservedAt;
    }

    UUID getRunId() {
        return runId;
    }

    String getSolvedBy() {
        return solvedBy;
    }

    boolean isStopRequested() {
        return stopRequested;
    }

    HardMediumSoftLongScore getStartingScore() {
        return startingHard == null ? null : HardMediumSoftLongScore.of(startingHard, startingMedium, startingSoft);
    }

    HardMediumSoftLongScore getLiveScore() {
        return liveHard == null ? null : HardMediumSoftLongScore.of(liveHard, liveMedium, liveSoft);
    }

    Long getLiveTimeMs() {
        return liveTimeMs;
    }
}
