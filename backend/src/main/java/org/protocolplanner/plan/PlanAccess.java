package org.protocolplanner.plan;

import org.protocolplanner.security.CurrentUser;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.shared.web.ConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan rows of the role matrix (docs/reference/roles.md): administrators, officers and planners read every plan;
 * administrators and officers change live plans; planners change scenarios only. Venue managers
 * see no plans at all. Every edit of a plan passes {@link #checkCanEdit}, which is therefore also where a
 * plan being solved refuses edits.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static void checkCanRead() {
        PlannerUser user = CurrentUser.get();
        if (!(user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER) || user.has(Role.PLANNER))) {
            throw new AccessDeniedException("plans are not visible to this role");
        }
    }

    /** Copying a live plan into a scenario: whoever reads plans (docs/reference/roles.md: scenarios, create). */
    public static void checkCanCreateScenario() {
        checkCanRead();
    }

    /** Adopting a scenario into the live plan is the officers' decision, not the planners'. */
    public static void checkCanAdopt() {
        PlannerUser user = CurrentUser.get();
        if (!(user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER))) {
            throw new AccessDeniedException("only protocol officers adopt scenarios");
        }
    }

    /**
     * Score preview sits in the rows of pin and move (docs/reference/roles.md), but it changes nothing: so it is
     * also allowed while the plan is being solved and on an adopted scenario.
     */
    public static void checkCanPreview(Plan plan) {
        checkRole(plan, "this role may not try changes on this plan");
    }

    /** Edits of the plan's settings, content, weights or assignment: refused while it is being solved. */
    public static void checkCanEdit(Plan plan) {
        checkCanChange(plan);
        if (plan.isSolving()) {
            throw new ConflictException("This plan is being solved: stop solving first.");
        }
    }

    /**
     * The role matrix alone: who may change this plan at all. Starting and stopping a solve need this
     * but not {@link #checkCanEdit}, since stopping is exactly what a plan being solved waits for.
     */
    public static void checkCanChange(Plan plan) {
        checkRole(plan, "this role may not change this plan");
        if (plan.getScenarioStatus() == Plan.ScenarioStatus.ADOPTED) {
            throw new ConflictException("This scenario has been adopted and is read-only.");
        }
    }

    /** Officers (and administrators) act on live plans; planners on scenarios too. */
    private static void checkRole(Plan plan, String refusal) {
        PlannerUser user = CurrentUser.get();
        boolean officer = user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER);
        boolean allowed = plan.getKind() == Plan.Kind.LIVE ? officer : officer || user.has(Role.PLANNER);
        if (!allowed) {
            throw new AccessDeniedException(refusal);
        }
    }
}
