package org.protocolplanner.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it, whichever way it signed in: no password kept after sign-in
 * (and none at all for an account of the office directory).
 */
public record PlannerUser(
        Long accountId,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        Set<Role> roles,
        Set<String> managedVenueIds)
        implements UserDetails {

    public static PlannerUser of(Account account) {
        return new PlannerUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                Set.copyOf(account.getRoles()),
                Set.copyOf(account.getManagedVenueIds()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean manages(String venueId) {
        return managedVenueIds.contains(venueId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash, not even in a debug log. */
    @Override
    public String toString() {
        return "PlannerUser[" + username + ", roles=" + List.copyOf(roles) + "]";
    }
}
