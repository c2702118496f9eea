package org.protocolplanner.security;

import java.util.List;

/**
 * Who is signed in: what the UI needs to show the right navigation.
 *
 * @param allowedActions what the user may do beyond any one record, each module's policy answering for its own
 *                       ({@link UserActions}): the UI offers screens and buttons from this list
 */
public record MeResponse(
        String username,
        String displayName,
        List<Role> roles,
        List<String> managedVenueIds,
        String language,
        List<String> allowedActions) {}
