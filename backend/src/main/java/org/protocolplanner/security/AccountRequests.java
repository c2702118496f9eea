package org.protocolplanner.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The bodies of {@code /api/accounts}. */
final class AccountRequests {

    private AccountRequests() {}

    /** A new account; managed venues only for venue managers. */
    record NewAccount(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "{planner.username}")
            String username,

            @NotBlank String displayName,

            @Pattern(regexp = ".+@.+", message = "{planner.email}") @Nullable
            String email,

            @NotNull String password,
            @NotEmpty Set<Role> roles,
            @Nullable Set<String> managedVenueIds) {}

    /** Everything but the name and the password, with the version read. */
    record AccountChange(
            @NotBlank String displayName,

            @Pattern(regexp = ".+@.+", message = "{planner.email}") @Nullable
            String email,

            @NotEmpty Set<Role> roles,
            @Nullable Set<String> managedVenueIds,
            @NotNull Long version) {}

    /** The version is optional: disabling or resetting twice does the same as once. */
    record AccountAction(@Nullable Long version) {}

    record PasswordReset(@NotNull String password, @Nullable Long version) {}
}
