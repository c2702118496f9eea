package org.protocolplanner.plan.scenario;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.security.PlannerUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The scenario rows of the role matrix (docs/reference/roles.md): whoever reads plans copies a live plan into a
 * scenario, compares a scenario with its live plan and proposes it; only officers and administrators adopt
 * one. Editing and solving a scenario are the plan's capabilities ({@link PlanPolicy}).
 */
public final class ScenarioPolicy {

    public static final String CREATE_SCENARIO = "createScenario";
    public static final String COMPARE = "compare";
    public static final String PROPOSE = "propose";
    public static final String ADOPT = "adopt";

    private ScenarioPolicy() {}

    /** A scenario is copied from a live plan. */
    public static boolean canCreateFrom(PlannerUser user, Plan plan) {
        return PlanPolicy.canRead(user) && plan.getKind() == Plan.Kind.LIVE;
    }

    /** A scenario is compared with the live plan it was copied from. */
    public static boolean canCompare(PlannerUser user, Plan plan) {
        return PlanPolicy.canRead(user) && plan.getKind() == Plan.Kind.SCENARIO && plan.getOriginPlanId() != null;
    }

    /** A draft is proposed by whoever may edit it (proposing a proposed one again changes nothing). */
    public static boolean canPropose(PlannerUser user, Plan plan) {
        return plan.getKind() == Plan.Kind.SCENARIO
                && plan.getScenarioStatus() == Plan.ScenarioStatus.DRAFT
                && PlanPolicy.canEdit(user, plan);
    }

    /** Officers adopt a draft or a proposed scenario; an adopted one is read-only. */
    public static boolean canAdopt(PlannerUser user, Plan plan) {
        return PlanPolicy.isOfficer(user)
                && plan.getKind() == Plan.Kind.SCENARIO
                && plan.getScenarioStatus() != Plan.ScenarioStatus.ADOPTED;
    }

    /** The scenario actions of a plan's response. */
    public static List<String> allowedActions(PlannerUser user, Plan plan) {
        List<String> actions = new ArrayList<>();
        if (canCreateFrom(user, plan)) {
            actions.add(CREATE_SCENARIO);
        }
        if (canCompare(user, plan)) {
            actions.add(COMPARE);
        }
        if (canPropose(user, plan)) {
            actions.add(PROPOSE);
        }
        if (canAdopt(user, plan)) {
            actions.add(ADOPT);
        }
        return actions;
    }

    /** Copying a live plan into a scenario: whoever reads plans (a scenario is refused with 409 by the copy). */
    static void checkCanCreate(PlannerUser user) {
        PlanPolicy.checkCanRead(user);
    }

    /** Proposing: whoever may change the scenario, also when it is proposed already. */
    static void checkCanPropose(PlannerUser user, Plan scenario) {
        PlanPolicy.checkCanChange(user, scenario);
    }

    /** Adopting a scenario into the live plan is the officers' decision, not the planners'. */
    static void checkCanAdopt(PlannerUser user, Plan scenario) {
        if (!PlanPolicy.isOfficer(user)) {
            throw new AccessDeniedException("only protocol officers adopt scenarios");
        }
        PlanPolicy.checkCanEdit(user, scenario);
    }
}
