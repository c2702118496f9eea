package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.plan.scenario.ScenarioPolicy;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.Message;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan rows of the role matrix (docs/reference/roles.md), one method per capability: administrators,
 * officers and planners read every plan; administrators and officers change live plans; planners change
 * scenarios only; venue managers see no plans at all. The {@code can} methods answer the question, for
 * checks and for {@link #allowedActions}; the {@code check} methods refuse with the matrix's status (403)
 * or with 409 when the plan's state, not the role, stands in the way.
 */
public final class PlanPolicy {

    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    public static final String SOLVE = "solve";
    public static final String PUBLISH = "publish";

    private PlanPolicy() {}

    /** Plans, their content, solve status, analysis and export. */
    public static boolean canRead(PlannerUser user) {
        return isOfficer(user) || user.has(Role.PLANNER);
    }

    /** A new live plan, made or imported. */
    public static boolean canCreate(PlannerUser user) {
        return isOfficer(user);
    }

    /** Settings, content, closures, weights, assignment: the role may change the plan and it is not adopted. */
    public static boolean canEdit(PlannerUser user, Plan plan) {
        return mayChange(user, plan) && plan.getScenarioStatus() != Plan.ScenarioStatus.ADOPTED;
    }

    public static boolean canDelete(PlannerUser user, Plan plan) {
        return canEdit(user, plan);
    }

    /** Who may solve is who may edit the plan. */
    public static boolean canSolve(PlannerUser user, Plan plan) {
        return canEdit(user, plan);
    }

    /** Only a live plan is published to the venues, by officers and administrators. */
    public static boolean canPublish(PlannerUser user, Plan plan) {
        return isOfficer(user) && plan.getKind() == Plan.Kind.LIVE;
    }

    /**
     * A score preview sits in the rows of pin and move, but changes nothing: so it is also allowed while the
     * plan is being solved and on an adopted scenario.
     */
    public static boolean canPreview(PlannerUser user, Plan plan) {
        return mayChange(user, plan);
    }

    /** What the user may do with this plan or scenario now, as its response lists them. */
    public static List<String> allowedActions(PlannerUser user, Plan plan) {
        List<String> actions = new ArrayList<>();
        if (canEdit(user, plan)) {
            actions.add(EDIT);
        }
        if (canDelete(user, plan)) {
            actions.add(DELETE);
        }
        if (canSolve(user, plan)) {
            actions.add(SOLVE);
        }
        if (canPublish(user, plan)) {
            actions.add(PUBLISH);
        }
        actions.addAll(ScenarioPolicy.allowedActions(user, plan));
        return List.copyOf(actions);
    }

    public static void checkCanRead(PlannerUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("plans are not visible to this role");
        }
    }

    public static void checkCanCreate(PlannerUser user) {
        if (!canCreate(user)) {
            throw new AccessDeniedException("only protocol officers make live plans");
        }
    }

    public static void checkCanPreview(PlannerUser user, Plan plan) {
        if (!canPreview(user, plan)) {
            throw new AccessDeniedException("this role may not try changes on this plan");
        }
    }

    /** Edits of the plan's settings, content, weights or assignment, and its deletion: refused while it is solved. */
    public static void checkCanEdit(PlannerUser user, Plan plan) {
        checkCanChange(user, plan);
        if (plan.isSolving()) {
            throw new ConflictException(Message.of("conflict.solving"));
        }
    }

    /**
     * Starting and stopping a solve: {@link #checkCanChange} but not {@link #checkCanEdit}'s "being solved",
     * since stopping is exactly what a plan being solved waits for.
     */
    public static void checkCanSolve(PlannerUser user, Plan plan) {
        checkCanChange(user, plan);
    }

    /** The role matrix (403), then an adopted scenario's read-only state (409). */
    public static void checkCanChange(PlannerUser user, Plan plan) {
        if (!mayChange(user, plan)) {
            throw new AccessDeniedException("this role may not change this plan");
        }
        if (!canEdit(user, plan)) {
            throw new ConflictException(Message.of("conflict.scenario-adopted"));
        }
    }

    /** The role first (403), then a scenario (409: it never sends a booking request), then a solve (409). */
    public static void checkCanPublish(PlannerUser user, Plan plan) {
        if (!isOfficer(user)) {
            throw new AccessDeniedException("only protocol officers publish plans");
        }
        if (!canPublish(user, plan)) {
            throw new ConflictException(Message.of("conflict.publish-scenario"));
        }
        if (plan.isSolving()) {
            throw new ConflictException(Message.of("conflict.solving"));
        }
    }

    /** Administrators and protocol officers: the roles that change live plans and adopt scenarios. */
    public static boolean isOfficer(PlannerUser user) {
        return user.has(Role.ADMIN) || user.has(Role.PROTOCOL_OFFICER);
    }

    /** The role matrix alone: officers act on live plans; planners on scenarios too. */
    private static boolean mayChange(PlannerUser user, Plan plan) {
        return plan.getKind() == Plan.Kind.LIVE ? isOfficer(user) : canRead(user);
    }
}
