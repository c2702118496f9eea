package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.UserActions;
import org.springframework.stereotype.Component;

/** Reading plans at all, and making or importing a live plan, for {@code GET /api/me}. */
@Component
class PlanUserActions implements UserActions {

    static final String READ_PLANS = "readPlans";
    static final String CREATE_PLAN = "createPlan";

    @Override
    public List<String> allowedActions(PlannerUser user) {
        List<String> actions = new ArrayList<>();
        if (PlanPolicy.canRead(user)) {
            actions.add(READ_PLANS);
        }
        if (PlanPolicy.canCreate(user)) {
            actions.add(CREATE_PLAN);
        }
        return actions;
    }
}
