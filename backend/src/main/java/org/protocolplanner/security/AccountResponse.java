package org.protocolplanner.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators see it, and as the audit log keeps it: never its password hash or feed token.
 * {@code directoryManaged}: an account of the office directory, whose roles and password are kept there.
 */
public record AccountResponse(
        long id,
        String username,
        String displayName,
        @Nullable String email,
        List<Role> roles,
        List<String> managedVenueIds,
        boolean enabled,
        boolean directoryManaged,
        String language,
        long version) {

    public static AccountResponse of(Account account) {
        return new AccountResponse(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRoles().stream().sorted().toList(),
                account.getManagedVenueIds().stream().sorted().toList(),
                account.isEnabled(),
                account.isDirectoryManaged(),
                account.getLanguage(),
                account.getVersion());
    }
}
