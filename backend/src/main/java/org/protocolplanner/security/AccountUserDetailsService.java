package org.protocolplanner.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from the database for both form sign-in and HTTP Basic. Sign-in throttling is not an account's
 * property but {@link SignInThrottle}'s, since it also holds per address and for names that are no account.
 * An account of the office directory has no local password: for a password check it is no account here.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .filter(found -> !found.isDirectoryManaged())
                .orElseThrow(() -> new UsernameNotFoundException("no such local account"));
        return PlannerUser.of(account);
    }
}
