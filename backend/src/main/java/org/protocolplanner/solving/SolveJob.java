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
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The latest solve of one plan, kept in the database so that its state outlives the process. The best
 * score is that of the solution last saved to the plan's engagements.
 */
@Entity
@Table(name = "solve_job")
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

    @Version
    private long version;

    protected SolveJob() {
    }

    SolveJob(Long planId) {
        this.planId = planId;
    }

    /** Starts the row over for a new solve of the plan: the previous solve's figures no longer apply. */
    void queue(String requestedBy, Duration timeLimit, Long stepLimit, Instant now) {
        this.state = SolveState.QUEUED;
        this.requestedBy = requestedBy;
        this.timeLimitMs = timeLimit.toMillis();
        this.stepLimit = stepLimit;
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
    }

    void start(Instant now) {
        this.state = SolveState.SOLVING;
        this.startedAt = now;
    }

    void saved(HardMediumSoftLongScore score, long timeSpentMs, long scoreCalculationSpeed, int movedEngagements) {
        this.movedEngagements = movedEngagements;
        this.bestHard = score.hardScore();
        this.bestMedium = score.mediumScore();
        this.bestSoft = score.softScore();
        this.timeSpentMs = timeSpentMs;
        this.scoreCalculationSpeed = scoreCalculationSpeed;
    }

    void end(SolveState endState, String error, Instant now) {
        this.state = endState;
        this.error = error;
        this.endedAt = now;
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
}
