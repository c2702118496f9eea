package org.protocolplanner.security.directory;

import java.util.Optional;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.security.Account;
import org.protocolplanner.security.AccountRepository;
import org.protocolplanner.security.AccountResponse;
import org.protocolplanner.security.AccountSessions;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.security.Role;
import org.protocolplanner.security.SignInThrottle;
import org.protocolplanner.security.directory.SignInRefusedException.Reason;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The account row of a person the office directory signed in (docs/decisions/0069-directory-accounts.md). The
 * first sign-in makes it, without a password, so that administrators can set a venue manager's venues and the
 * audit log names the same account every time. Every sign-in sets its roles anew from the person's groups:
 * somebody taken out of a group loses its role at their next sign-in, and their open sessions end. Somebody in
 * no group with a role here is refused, and keeps no role. The name and e-mail follow the directory where it
 * holds them.
 */
@Service
class DirectoryAccounts {

    /** The actor of the audit rows a directory sign-in writes. */
    static final String ACTOR = "office directory";

    private final AccountRepository accounts;
    private final DirectoryProperties directory;
    private final AccountSessions sessions;
    private final AuditLog audit;

    DirectoryAccounts(
            AccountRepository accounts, DirectoryProperties directory, AccountSessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * The signed-in user for a person the directory vouched for.
     *
     * @throws SignInRefusedException when the person may not use the application
     * @throws DisabledException when an administrator disabled the account here
     */
    @Transactional(noRollbackFor = {SignInRefusedException.class, DisabledException.class})
    public PlannerUser signIn(DirectoryIdentity person) {
        if (!SignInThrottle.possibleAccountName(person.username())) {
            throw new SignInRefusedException(
                    Reason.UNUSABLE_NAME,
                    "The office directory's name for you, '" + person.username()
                            + "', cannot be an account name here (1 to 64 letters, digits or ._@-).");
        }
        Optional<Account> existing = accounts.findByUsername(person.username());
        if (existing.isPresent() && !existing.get().isDirectoryManaged()) {
            throw new SignInRefusedException(
                    Reason.NAME_TAKEN,
                    "A local account is named '" + person.username()
                            + "': an administrator must remove it before you can sign in with the office directory.");
        }
        Set<Role> roles = directory.rolesOf(person.groups());
        if (roles.isEmpty()) {
            existing.ifPresent(account -> update(account, person, roles));
            throw new SignInRefusedException(
                    Reason.NO_ROLE,
                    "You are in no group of the office directory that"
                            + " has a role here: ask an administrator to add you to one.");
        }
        Account account = existing.map(found -> update(found, person, roles)).orElseGet(() -> create(person, roles));
        if (!account.isEnabled()) {
            throw new DisabledException("account disabled here");
        }
        return PlannerUser.of(account);
    }

    private Account create(DirectoryIdentity person, Set<Role> roles) {
        Account account = Account.fromDirectory(person.username(), displayName(person, person.username()), roles);
        account.setEmail(email(person, null));
        accounts.saveAndFlush(account);
        audit.recordAs(
                ACTOR, AuditedEntity.ACCOUNT, account.getUsername(), "create", null, AccountResponse.of(account));
        return account;
    }

    /** Roles, name and e-mail as the directory has them; a lost manager role takes the managed venues along. */
    private Account update(Account account, DirectoryIdentity person, Set<Role> roles) {
        JsonNode before = audit.snapshot(AccountResponse.of(account));
        boolean accessChanged = !account.getRoles().equals(roles);
        account.setRoles(roles);
        if (!roles.contains(Role.VENUE_MANAGER) && !account.getManagedVenueIds().isEmpty()) {
            account.setManagedVenueIds(Set.of());
            accessChanged = true;
        }
        account.setDisplayName(displayName(person, account.getDisplayName()));
        account.setEmail(email(person, account.getEmail()));
        accounts.saveAndFlush(account);
        audit.recordAs(
                ACTOR,
                AuditedEntity.ACCOUNT,
                account.getUsername(),
                "directory-sign-in",
                before,
                AccountResponse.of(account));
        if (accessChanged) {
            sessions.endAfterCommit(account.getId());
        }
        return account;
    }

    private static String displayName(DirectoryIdentity person, String otherwise) {
        String name = person.displayName();
        return name == null || name.isBlank() ? otherwise : name.strip();
    }

    /** Only what looks like an address, as the account API asks of administrators too. */
    private static String email(DirectoryIdentity person, String otherwise) {
        return person.email() != null && person.email().matches(".+@.+")
                ? person.email().strip()
                : otherwise;
    }
}
