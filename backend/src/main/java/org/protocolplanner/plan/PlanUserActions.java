package org.protocolplanner.plan;

import java.util.List;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.UserActions;
import org.springframework.stereotype.Component;

/** Making or importing a live plan, for {@code GET /api/me}. */
@Component
class PlanUserActions implements UserActions {

    static final String CREATE_PLAN = "createPlan";

    @Override
    public List<String> allowedActions(PlannerUser user) {
        return PlanPolicy.canCreate(user) ? List.of(CREATE_PLAN) : List.of();
    }
}
