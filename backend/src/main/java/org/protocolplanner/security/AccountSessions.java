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

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
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

    private void end(long accountId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PlannerUser user && user.accountId() == accountId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
