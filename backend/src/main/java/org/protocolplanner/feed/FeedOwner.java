package org.protocolplanner.feed;

import java.util.Set;
import org.protocolplanner.security.Role;

/**
 * The account a feed token belongs to, with what it may see: the role matrix of docs/reference/roles.md applied to
 * a request that carries no session. Run sheets printed by token read it too.
 */
public record FeedOwner(long accountId, Set<Role> roles, Set<String> managedVenueIds) {

    /** Administrators, officers and planners read every booking and every plan. */
    boolean seesAllPlans() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.PROTOCOL_OFFICER) || roles.contains(Role.PLANNER);
    }

    /** Everyone else (venue managers) sees only their own venues, and confidential engagements redacted. */
    boolean mayReadVenue(String venueId) {
        return seesAllPlans() || managedVenueIds.contains(venueId);
    }

    boolean redactsConfidential() {
        return !seesAllPlans();
    }
}
