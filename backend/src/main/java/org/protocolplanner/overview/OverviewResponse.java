package org.protocolplanner.overview;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.plan.Plan;

/**
 * What needs the signed-in user now, one part per role they have; the parts of roles they do not have are
 * null. Each count is of work done on another screen, which the UI links to.
 */
public record OverviewResponse(
        Instant now,
        @Nullable OfficerWork officer,
        @Nullable ManagerWork manager,
        @Nullable PlannerWork planner,
        @Nullable AdminWork admin) {

    /**
     * A protocol officer's: the live plans needing a re-plan (or attention), the requests of venues without
     * managers (theirs to answer, by answer-by time), and the requests at any venue that lapse unanswered
     * before {@code lapsingBefore}, per plan.
     */
    public record OfficerWork(
            List<PlanToReplan> plansToReplan,
            long unmanagedRequests,
            List<Deadline> unmanagedDeadlines,
            Instant lapsingBefore,
            List<LapsingRequests> lapsing) {}

    public record PlanToReplan(
            long planId, String planName, boolean needsReplan, boolean needsAttention, Instant changedAt) {}

    /** Requests of one plan that lapse unanswered soon, and the soonest answer-by time among them. */
    public record LapsingRequests(long planId, @Nullable String planName, long requests, Instant soonestAnswerBy) {}

    /** How many requests must be answered by this time (null: no answer-by time). */
    public record Deadline(@Nullable Instant answerBy, long requests) {}

    /** A venue manager's: the requests of their venues, by answer-by time, the soonest first. */
    public record ManagerWork(long requests, List<Deadline> deadlines) {}

    /** A planner's own scenarios, drafts and proposals first, with how many there are of each status. */
    public record PlannerWork(long drafts, long proposed, long adopted, List<ScenarioLine> scenarios) {}

    public record ScenarioLine(
            long planId,
            String name,
            Plan.ScenarioStatus status,
            @Nullable Long originPlanId,
            @Nullable String originPlanName,
            Instant changedAt) {}

    /** An administrator's: accounts whose sign-ins are held back, disabled accounts, the newest audit entries. */
    public record AdminWork(
            List<ThrottledAccount> throttledAccounts, long disabledAccounts, List<AuditLine> recentAudit) {}

    public record ThrottledAccount(
            String username,
            String displayName,
            int failures,
            Instant lastFailureAt,
            @Nullable Instant nextAttemptAt) {}

    public record AuditLine(long id, Instant occurredAt, String actor, String entity, String entityId, String action) {}
}
