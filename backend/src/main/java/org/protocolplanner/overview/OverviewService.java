package org.protocolplanner.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.protocolplanner.audit.AuditQuery;
import org.protocolplanner.booking.BookingQueries;
import org.protocolplanner.booking.BookingQueries.DeadlineCount;
import org.protocolplanner.overview.OverviewResponse.AdminWork;
import org.protocolplanner.overview.OverviewResponse.AuditLine;
import org.protocolplanner.overview.OverviewResponse.Deadline;
import org.protocolplanner.overview.OverviewResponse.LapsingRequests;
import org.protocolplanner.overview.OverviewResponse.ManagerWork;
import org.protocolplanner.overview.OverviewResponse.OfficerWork;
import org.protocolplanner.overview.OverviewResponse.PlanToReplan;
import org.protocolplanner.overview.OverviewResponse.PlannerWork;
import org.protocolplanner.overview.OverviewResponse.ScenarioLine;
import org.protocolplanner.overview.OverviewResponse.ThrottledAccount;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanQueries;
import org.protocolplanner.security.AccountQueries;
import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what needs the signed-in user, per role: each part is read only for a role the user has, so a
 * venue manager learns nothing of other venues' requests or of the plans.
 */
@Service
class OverviewService {

    /** Requests due within this long are "about to lapse": the inbox marks them due soon too. */
    static final Duration LAPSING_WITHIN = Duration.ofHours(24);
    /** At most this many lines of each list: the start page points to where the rest is. */
    static final int LISTED = 10;

    private final PlanQueries plans;
    private final BookingQueries bookings;
    private final AccountQueries accounts;
    private final AuditQuery audit;
    private final Clock clock;

    OverviewService(
            PlanQueries plans, BookingQueries bookings, AccountQueries accounts, AuditQuery audit, Clock clock) {
        this.plans = plans;
        this.bookings = bookings;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    OverviewResponse forCurrentUser() {
        PlannerUser user = CurrentUser.get();
        Instant now = clock.instant();
        return new OverviewResponse(
                now,
                user.has(Role.PROTOCOL_OFFICER) ? officer(now) : null,
                user.has(Role.VENUE_MANAGER) ? manager(user) : null,
                user.has(Role.PLANNER) ? planner(user) : null,
                user.has(Role.ADMIN) ? admin(now) : null);
    }

    private OfficerWork officer(Instant now) {
        List<PlanToReplan> replans = plans.livePlansNeedingWork().stream()
                .limit(LISTED)
                .map(plan -> new PlanToReplan(
                        plan.id(), plan.name(), plan.needsReplan(), plan.needsAttention(), plan.updatedAt()))
                .toList();
        List<DeadlineCount> unmanaged = bookings.unmanagedRequestsByDeadline();
        Instant lapsingBefore = now.plus(LAPSING_WITHIN);
        List<BookingQueries.PlanRequests> due =
                bookings.requestsDueBy(lapsingBefore).stream().limit(LISTED).toList();
        Map<Long, String> names = plans.namesOf(
                due.stream().map(BookingQueries.PlanRequests::planId).toList());
        return new OfficerWork(
                replans,
                total(unmanaged),
                deadlines(unmanaged),
                lapsingBefore,
                due.stream()
                        .map(plan -> new LapsingRequests(
                                plan.planId(), names.get(plan.planId()), plan.requests(), plan.soonestAnswerBy()))
                        .toList());
    }

    private ManagerWork manager(PlannerUser user) {
        List<DeadlineCount> requests = bookings.requestsByDeadline(user.managedVenueIds());
        return new ManagerWork(total(requests), deadlines(requests));
    }

    private PlannerWork planner(PlannerUser user) {
        Map<Plan.ScenarioStatus, Long> counts = plans.scenarioCountsOf(user.username());
        return new PlannerWork(
                counts.getOrDefault(Plan.ScenarioStatus.DRAFT, 0L),
                counts.getOrDefault(Plan.ScenarioStatus.PROPOSED, 0L),
                counts.getOrDefault(Plan.ScenarioStatus.ADOPTED, 0L),
                plans.scenariosCreatedBy(user.username(), LISTED).stream()
                        .map(scenario -> new ScenarioLine(
                                scenario.id(),
                                scenario.name(),
                                scenario.status(),
                                scenario.originPlanId(),
                                scenario.originPlanName(),
                                scenario.updatedAt()))
                        .toList());
    }

    private AdminWork admin(Instant now) {
        return new AdminWork(
                accounts.throttledAccounts(now).stream()
                        .limit(LISTED)
                        .map(account -> new ThrottledAccount(
                                account.username(),
                                account.displayName(),
                                account.failures(),
                                account.lastFailureAt(),
                                account.nextAttemptAt()))
                        .toList(),
                accounts.disabledAccounts(),
                audit.newest(LISTED).stream()
                        .map(entry -> new AuditLine(
                                entry.id(),
                                entry.occurredAt(),
                                entry.actor(),
                                entry.entity(),
                                entry.entityId(),
                                entry.action()))
                        .toList());
    }

    private static long total(List<DeadlineCount> deadlines) {
        return deadlines.stream().mapToLong(DeadlineCount::requests).sum();
    }

    private static List<Deadline> deadlines(List<DeadlineCount> deadlines) {
        return deadlines.stream()
                .limit(LISTED)
                .map(d -> new Deadline(d.answerBy(), d.requests()))
                .toList();
    }
}
