package org.protocolplanner.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request, for services that decide per record (plan kind, own venue). */
public final class CurrentUser {

    private CurrentUser() {}

    public static PlannerUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlannerUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in user in this thread");
    }

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
