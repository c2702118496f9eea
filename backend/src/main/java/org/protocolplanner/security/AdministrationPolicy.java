package org.protocolplanner.security;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The administration rows of the role matrix (docs/reference/roles.md): accounts, roles, venue-manager
 * assignments, the audit log and the metrics are the administrators'. The filter chain refuses the others
 * before a body is read ({@link SecurityConfiguration}), by this role.
 */
@Component
class AdministrationPolicy implements UserActions {

    static final String ADMINISTER = "administer";

    /** The role that administers. */
    static final Role ADMINISTRATOR = Role.ADMIN;

    static boolean canAdminister(PlannerUser user) {
        return user.has(ADMINISTRATOR);
    }

    @Override
    public List<String> allowedActions(PlannerUser user) {
        return canAdminister(user) ? List.of(ADMINISTER) : List.of();
    }
}
