package org.protocolplanner.security.directory;

import org.protocolplanner.security.AccountRepository;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.security.directory.SignInRefusedException.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Where a name's password is checked: a local account's here, anybody else's by the LDAP directory when one is
 * configured. A name is either local or the directory's, never tried against both, so that a directory entry
 * named like a local administrator never opens that account. While a directory is in use outside demo mode,
 * only local administrators sign in with a local password: the break-glass way in when the directory fails
 * (docs/decisions/0070-local-accounts-beside-a-directory.md).
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final AuthenticationProvider local;
    /** None when the directory has no LDAP. */
    private final AuthenticationProvider ldap;

    private final AccountRepository accounts;
    private final boolean localAdministratorsOnly;

    PasswordSignIn(
            AuthenticationProvider local,
            AuthenticationProvider ldap,
            AccountRepository accounts,
            boolean localAdministratorsOnly) {
        this.local = local;
        this.ldap = ldap;
        this.accounts = accounts;
        this.localAdministratorsOnly = localAdministratorsOnly;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (ldap != null && !accounts.existsByUsernameAndDirectoryManagedFalse(attempt.getName())) {
            return ldap.authenticate(attempt);
        }
        // The password first: a guess learns nothing of the account's roles from the answer.
        Authentication signedIn = local.authenticate(attempt);
        if (localAdministratorsOnly && signedIn.getPrincipal() instanceof PlannerUser user && !user.has(Role.ADMIN)) {
            throw new SignInRefusedException(
                    Reason.LOCAL_CLOSED,
                    "Sign in with the office directory: while it is in"
                            + " use, only administrators sign in with a local account.");
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
