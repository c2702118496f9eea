package org.protocolplanner.security;

import java.util.List;

/** Who is signed in: what the UI needs to show the right navigation. */
public record MeResponse(String username, String displayName, List<Role> roles, List<String> managedVenueIds,
        String language) {
}
