package org.protocolplanner.solving;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.protocolplanner.engagement.EngagementQueries;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.web.ConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every database write of a solve, each in its own transaction: the job row moves together with the
 * plan's {@code solving} flag, and a saved solution together with the score it is recorded with.
 */
@Component
class SolveJobStore {

    /**
     * What the solver last reported: the best schedule, its score (the schedule itself may not carry
     * it yet), and how the solve went so far.
     */
    record Progress(ProtocolSchedule best, HardMediumSoftLongScore score, long timeSpentMs,
            long scoreCalculationSpeed) {
    }

    private final SolveJobRepository jobs;
    private final PlanService plans;
    private final PlanScheduleMapper mapper;
    private final EngagementQueries engagements;
    private final Clock clock;

    SolveJobStore(SolveJobRepository jobs, PlanService plans, PlanScheduleMapper mapper, EngagementQueries engagements,
            Clock clock) {
        this.jobs = jobs;
        this.plans = plans;
        this.mapper = mapper;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SolveJob> find(long planId) {
        return jobs.findById(planId);
    }

    /** Takes the plan for a new solve: from now on it refuses edits. */
    @Transactional
    public SolveJob queue(long planId, String requestedBy, Duration timeLimit, Long stepLimit) {
        Plan plan = plans.load(planId);
        if (plan.isSolving()) {
            throw new ConflictException("This plan is already being solved.");
        }
        plan.setSolving(true);
        SolveJob job = jobs.findById(planId).orElseGet(() -> new SolveJob(planId));
        job.queue(requestedBy, timeLimit, stepLimit, clock.instant());
        return jobs.save(job);
    }

    @Transactional
    public void started(long planId) {
        jobs.findById(planId).orElseThrow().start(clock.instant());
    }

    /** Saves the best schedule so far to the plan's engagements, and its score to the job. */
    @Transactional
    public void save(long planId, PlanScheduleMapper.Snapshot snapshot, Progress progress) {
        record(plans.load(planId), jobs.findById(planId).orElseThrow(), snapshot, progress);
    }

    /**
     * Ends the solve and frees the plan, saving {@code progress} first unless it is null (a solve that
     * failed keeps the solution last saved).
     */
    @Transactional
    public void end(long planId, SolveState state, String error, PlanScheduleMapper.Snapshot snapshot,
            Progress progress) {
        Plan plan = plans.load(planId);
        SolveJob job = jobs.findById(planId).orElseThrow();
        if (progress != null) {
            record(plan, job, snapshot, progress);
        }
        plan.setSolving(false);
        job.end(state, error, clock.instant());
    }

    /**
     * Marks every solve that a stopped process left queued or solving as interrupted, and frees its plan.
     * Its best solution so far is in the engagement rows already.
     */
    @Transactional
    public int interruptLeftovers() {
        List<SolveJob> leftovers = jobs.findByStateIn(EnumSet.of(SolveState.QUEUED, SolveState.SOLVING));
        for (SolveJob job : leftovers) {
            plans.load(job.getPlanId()).setSolving(false);
            job.end(SolveState.INTERRUPTED, "The application stopped before the solve ended.", clock.instant());
        }
        return leftovers.size();
    }

    private void record(Plan plan, SolveJob job, PlanScheduleMapper.Snapshot snapshot, Progress progress) {
        if (mapper.write(plan.getId(), job.getRequestedBy(), snapshot, progress.best())) {
            plan.markRevised();
        }
        job.saved(progress.score(), progress.timeSpentMs(), progress.scoreCalculationSpeed(),
                movedEngagements(plan.getId()));
    }

    /** The plan's engagements not at their published place, as they stand, in the plan's order. */
    @Transactional(readOnly = true)
    public List<SolveStatus.MovedEngagement> moved(long planId) {
        return engagements.movedFromPublished(planId).stream().map(moved -> new SolveStatus.MovedEngagement(
                moved.ref(), moved.title(),
                new SolveStatus.SpaceAndStart(moved.publishedSpaceId(), moved.publishedStart()),
                moved.assignedSpaceId() == null || moved.assignedStart() == null ? null
                        : new SolveStatus.SpaceAndStart(moved.assignedSpaceId(), moved.assignedStart())))
                .toList();
    }

    /** Engagements not at their published place, after the write: the disturbance a re-plan caused. */
    private int movedEngagements(long planId) {
        return engagements.countMovedFromPublished(planId);
    }
}
