package org.protocolplanner.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the browser sessions of an account: the next request of such a session is answered 401 by the
 * filter chain's session check ({@code ConcurrentSessionFilter}). Sessions hold the roles and venues
 * they signed in with, so a change of those ends them too, whether an administrator or the office directory
 * made it. HTTP Basic clients have no session: every request of theirs reads the account anew.
 */
@Component
public class AccountSessions {

    private final SessionRegistry registry;
    private final AccountRepository accounts;

    AccountSessions(SessionRegistry registry, AccountRepository accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    /** After the change commits: a change that rolls back ends no session. */
    public void endAfterCommit(long accountId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                end(accountId);
            }
        });
    }

    /** Sessions are found by the username they signed in with (the sessions' table indexes it). */
    private void end(long accountId) {
        accounts.findById(accountId)
                .ifPresent(account ->
                        registry.getAllSessions(account.getUsername(), false).forEach(SessionInformation::expireNow));
    }
}
