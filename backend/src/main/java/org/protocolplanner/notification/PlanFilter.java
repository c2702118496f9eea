package org.protocolplanner.notification;

import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;

/**
 * Which plan's notifications: every plan's, one plan's, or those about no plan. The API's {@code plan}
 * parameter: absent, a plan id, or {@code none}.
 */
record PlanFilter(boolean any, Long planId) {

    static final PlanFilter ANY = new PlanFilter(true, null);

    static PlanFilter parse(String plan) {
        if (plan == null || plan.isBlank()) {
            return ANY;
        }
        if (plan.equals("none")) {
            return new PlanFilter(false, null);
        }
        try {
            return new PlanFilter(false, Long.parseLong(plan.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("plan", Message.of("input.plan-filter"));
        }
    }
}
