package org.protocolplanner.solving;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.protocolplanner.engagement.EngagementQueries;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.Message;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every database write of a solve, each in its own transaction: the job row moves together with the
 * plan's {@code solving} flag, and a saved solution together with the score it is recorded with. A run
 * writes only while the row names its claim ({@code run_id}): once another instance has taken the
 * request over, the run's writes are refused with {@link ClaimLost}.
 */
@Component
class SolveJobStore {

    /**
     * What the solver last reported: the best schedule, its score (the schedule itself may not carry
     * it yet), and how the solve went so far (the time of earlier runs of the request included).
     */
    record Progress(
            ProtocolSchedule best, HardMediumSoftLongScore score, long timeSpentMs, long scoreCalculationSpeed) {}

    /**
     * A run's claim of a request: the request as the row holds it, the run's id, the solving time earlier
     * runs spent, the instance whose run was cut off (null for a first run), and whether a stop was asked
     * before the run began.
     */
    record Claim(SolveTicket ticket, UUID runId, long spentBeforeMs, String cutOffOn, boolean stopRequested) {}

    /** What the running instance is told once a second. */
    enum Tick {
        GO_ON,
        STOP,
        LOST
    }

    /** The row no longer names the run's claim: another instance runs the request now. */
    static final class ClaimLost extends RuntimeException {

        ClaimLost(long planId) {
            super("The solve of plan " + planId + " is run by another instance now.");
        }
    }

    private final SolveJobRepository jobs;
    private final JdbcTemplate jdbc;
    private final PlanService plans;
    private final PlanScheduleMapper mapper;
    private final EngagementQueries engagements;
    private final Clock clock;

    SolveJobStore(
            SolveJobRepository jobs,
            JdbcTemplate jdbc,
            PlanService plans,
            PlanScheduleMapper mapper,
            EngagementQueries engagements,
            Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.plans = plans;
        this.mapper = mapper;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SolveJob> find(long planId) {
        return jobs.findById(planId);
    }

    /**
     * Takes the plan for the ticket's solve (from now on it refuses edits) and records it as waiting.
     *
     * @return whether the place was reserved for this ticket (a solve resumed after a booking answer)
     * @throws ConflictException when another request holds the plan
     * @throws ResponseStatusException 503 when {@code capacity} requests wait already
     */
    @Transactional
    public boolean queue(SolveTicket ticket, int capacity) {
        SolveJob job = jobs.lock(ticket.planId()).orElse(null);
        Plan plan = plans.load(ticket.planId());
        boolean reserved = job != null && ticket.id().equals(job.getTicketId()) && job.getReservedAt() != null;
        if (!reserved) {
            if (plan.isSolving()) {
                throw new ConflictException(Message.of("conflict.already-solving"));
            }
            if (jobs.countWaiting() >= capacity) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE, "The solving queue is full; try again when a solve has ended.");
            }
        }
        plan.setSolving(true);
        if (job == null) {
            job = new SolveJob(ticket.planId());
        }
        job.queue(ticket, clock.instant());
        jobs.save(job);
        return reserved;
    }

    /**
     * Claims the request for a new run on {@code instance}, unless it no longer holds the plan's place
     * (withdrawn, ended, or handed to a resumed request): then there is nothing to run.
     */
    @Transactional
    public Optional<Claim> claim(long planId, UUID ticketId, String instance) {
        SolveJob job = jobs.lock(planId).orElse(null);
        if (job == null
                || !ticketId.equals(job.getTicketId())
                || job.getReservedAt() == null && !job.getState().isActive()) {
            return Optional.empty();
        }
        String cutOffOn = job.getRunId() == null ? null : job.getSolvedBy();
        long spentBefore = job.spentSoFarMs();
        UUID run = UUID.randomUUID();
        job.claim(run, instance, clock.instant());
        return Optional.of(new Claim(job.ticket().orElseThrow(), run, spentBefore, cutOffOn, job.isStopRequested()));
    }

    /** The score the run starts from, for every instance's status. */
    public void starting(long planId, UUID runId, HardMediumSoftLongScore score, long timeSpentMs) {
        jdbc.update(
                "update solve_job set starting_hard = ?, starting_medium = ?, starting_soft = ?, live_hard = ?,"
                        + " live_medium = ?, live_soft = ?, live_time_ms = ? where plan_id = ? and run_id = ?",
                score.hardScore(),
                score.mediumScore(),
                score.softScore(),
                score.hardScore(),
                score.mediumScore(),
                score.softScore(),
                timeSpentMs,
                planId,
                runId);
    }

    /**
     * The running instance's once-a-second word: its best score and time so far, for every instance's
     * status. The answer says whether a stop was asked meanwhile, or whether the run lost its claim.
     */
    public Tick tick(long planId, UUID runId, HardMediumSoftLongScore best, long timeSpentMs) {
        List<Boolean> stop = jdbc.queryForList(
                "update solve_job set live_hard = ?, live_medium = ?, live_soft = ?,"
                        + " live_time_ms = ? where plan_id = ? and run_id = ? returning stop_requested",
                Boolean.class,
                best.hardScore(),
                best.mediumScore(),
                best.softScore(),
                timeSpentMs,
                planId,
                runId);
        if (stop.isEmpty()) {
            return Tick.LOST;
        }
        return stop.get(0) ? Tick.STOP : Tick.GO_ON;
    }

    /**
     * Asks the request's run to stop, wherever it runs: it reads the row once a second.
     *
     * @return false when the request no longer holds the plan's place, or it is reserved for a resumed one
     */
    public boolean requestStop(long planId, UUID ticketId) {
        return jdbc.update(
                        "update solve_job set stop_requested = true where plan_id = ? and ticket_id = ?"
                                + " and reserved_at is null",
                        planId,
                        ticketId)
                == 1;
    }

    /**
     * Hands the plan's place from the request {@code paused} to {@code next}, which waits until a booking
     * answer has been applied, and asks the paused solve to stop.
     *
     * @return false when {@code paused} no longer holds the place, or a booking answer has reserved it already
     */
    @Transactional
    public boolean reserve(long planId, UUID paused, UUID next) {
        SolveJob job = jobs.lock(planId).orElse(null);
        if (job == null
                || !paused.equals(job.getTicketId())
                || job.getReservedAt() != null
                || !job.getState().isActive()) {
            return false;
        }
        job.reserve(next, clock.instant());
        return true;
    }

    /** Saves the best schedule so far to the plan's engagements, and its score to the job. */
    @Transactional
    public void save(long planId, UUID runId, PlanScheduleMapper.Snapshot snapshot, Progress progress) {
        SolveJob job = held(planId, runId);
        record(plans.load(planId), job, snapshot, progress);
    }

    /**
     * Ends the run of the ticket, saving {@code progress} first unless it is null (a solve that failed keeps
     * the solution last saved), and frees the plan unless a booking answer has reserved its place for the
     * solve's resumption. {@code runId} is null for a request withdrawn before any run claimed it.
     */
    @Transactional
    public void end(
            SolveTicket ticket,
            UUID runId,
            SolveState state,
            String error,
            PlanScheduleMapper.Snapshot snapshot,
            Progress progress) {
        SolveJob job = held(ticket.planId(), runId);
        Plan plan = plans.load(ticket.planId());
        if (progress != null) {
            record(plan, job, snapshot, progress);
        }
        if (ticket.id().equals(job.getTicketId())) {
            plan.setSolving(false);
        }
        job.end(ticket, state, error, clock.instant());
    }

    /** 1 for the waiting request to be claimed next. */
    @Transactional(readOnly = true)
    public int position(SolveJob job) {
        return (int) jobs.countWaitingBefore(job.getQueuedAt()) + 1;
    }

    private SolveJob held(long planId, UUID runId) {
        SolveJob job = jobs.lock(planId).orElseThrow(() -> new ClaimLost(planId));
        if (runId == null ? job.getRunId() != null : !runId.equals(job.getRunId())) {
            throw new ClaimLost(planId);
        }
        return job;
    }

    private void record(Plan plan, SolveJob job, PlanScheduleMapper.Snapshot snapshot, Progress progress) {
        if (mapper.write(plan.getId(), job.getRequestedBy(), snapshot, progress.best())) {
            plan.markMoved();
        }
        job.saved(
                progress.score(),
                progress.timeSpentMs(),
                progress.scoreCalculationSpeed(),
                movedEngagements(plan.getId()));
    }

    /** The plan's engagements not at their published place, as they stand, in the plan's order. */
    @Transactional(readOnly = true)
    public List<SolveStatus.MovedEngagement> moved(long planId) {
        return engagements.movedFromPublished(planId).stream()
                .map(moved -> new SolveStatus.MovedEngagement(
                        moved.ref(),
                        moved.title(),
                        new SolveStatus.SpaceAndStart(moved.publishedSpaceId(), moved.publishedStart()),
                        moved.assignedSpaceId() == null || moved.assignedStart() == null
                                ? null
                                : new SolveStatus.SpaceAndStart(moved.assignedSpaceId(), moved.assignedStart())))
                .toList();
    }

    /** Engagements not at their published place, after the write: the disturbance a re-plan caused. */
    private int movedEngagements(long planId) {
        return engagements.countMovedFromPublished(planId);
    }
}
