package org.protocolplanner.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the accounts: create them, set their roles and a manager's venues, disable and
 * enable them, and reset passwords. Every change is audited, under the account's username, and ends the
 * account's sessions when it changes what a session may do. The last enabled administrator can be
 * neither disabled nor stripped of the role, so that somebody can always keep the accounts.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountSessions sessions;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final VenueCatalogue catalogue;
    private final JdbcTemplate jdbc;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AccountSessions sessions,
            SignInThrottle throttle,
            AuditLog audit,
            VenueCatalogue catalogue,
            JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AccountResponse> list(Pageable pageable) {
        return accounts.findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username")))
                .map(AccountResponse::of);
    }

    @Transactional
    AccountResponse create(AccountRequests.NewAccount request) {
        passwordPolicy.check("password", request.password(), request.username());
        checkVenues(request.roles(), request.managedVenueIds());
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException(Message.of("conflict.account-exists", request.username()));
        }
        Account account = new Account(
                request.username(),
                request.displayName().strip(),
                passwordEncoder.encode(request.password()),
                request.roles());
        account.setEmail(request.email());
        account.setManagedVenueIds(venues(request.managedVenueIds()));
        AccountResponse created = AccountResponse.of(accounts.saveAndFlush(account));
        audit.record(AuditedEntity.ACCOUNT, account.getUsername(), "create", null, created);
        return created;
    }

    @Transactional
    AccountResponse update(long id, AccountRequests.AccountChange request) {
        Account account = load(id);
        checkVersion(account, request.version());
        if (account.isDirectoryManaged() && !account.getRoles().equals(Set.copyOf(request.roles()))) {
            throw new ConflictException(Message.of("conflict.directory-roles", account.getUsername()));
        }
        checkVenues(request.roles(), request.managedVenueIds());
        if (!request.roles().contains(Role.ADMIN)) {
            keepAnAdministrator(account);
        }
        JsonNode before = audit.snapshot(AccountResponse.of(account));
        boolean accessChanged = !account.getRoles().equals(Set.copyOf(request.roles()))
                || !account.getManagedVenueIds().equals(venues(request.managedVenueIds()));
        account.setDisplayName(request.displayName().strip());
        account.setEmail(request.email());
        account.setRoles(request.roles());
        account.setManagedVenueIds(venues(request.managedVenueIds()));
        AccountResponse after = AccountResponse.of(accounts.saveAndFlush(account));
        audit.record(AuditedEntity.ACCOUNT, account.getUsername(), "update", before, after);
        if (accessChanged) {
            sessions.endAfterCommit(id);
        }
        return after;
    }

    /** A disabled account cannot sign in, and its sessions end. */
    @Transactional
    AccountResponse disable(long id, Long version) {
        Account account = load(id);
        checkVersion(account, version);
        if (!account.isEnabled()) {
            return AccountResponse.of(account);
        }
        keepAnAdministrator(account);
        AccountResponse after = setEnabled(account, false, "disable");
        sessions.endAfterCommit(id);
        return after;
    }

    @Transactional
    AccountResponse enable(long id, Long version) {
        Account account = load(id);
        checkVersion(account, version);
        return account.isEnabled() ? AccountResponse.of(account) : setEnabled(account, true, "enable");
    }

    /** A new password chosen by the administrator; the name's failed sign-ins are forgiven and its sessions end. */
    @Transactional
    AccountResponse resetPassword(long id, AccountRequests.PasswordReset request) {
        Account account = load(id);
        checkVersion(account, request.version());
        if (account.isDirectoryManaged()) {
            throw new ConflictException(Message.of("conflict.directory-password", account.getUsername()));
        }
        passwordPolicy.check("password", request.password(), account.getUsername());
        JsonNode before = audit.snapshot(AccountResponse.of(account));
        account.setPasswordHash(passwordEncoder.encode(request.password()));
        AccountResponse after = AccountResponse.of(accounts.saveAndFlush(account));
        audit.record(AuditedEntity.ACCOUNT, account.getUsername(), "password-reset", before, after);
        throttle.forgive(account.getUsername());
        sessions.endAfterCommit(id);
        return after;
    }

    private AccountResponse setEnabled(Account account, boolean enabled, String action) {
        JsonNode before = audit.snapshot(AccountResponse.of(account));
        account.setEnabled(enabled);
        AccountResponse after = AccountResponse.of(accounts.saveAndFlush(account));
        audit.record(AuditedEntity.ACCOUNT, account.getUsername(), action, before, after);
        return after;
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** The account is about to lose administration (role or sign-in): refused if it is the last one. */
    private void keepAnAdministrator(Account account) {
        if (!account.isEnabled() || !account.getRoles().contains(Role.ADMIN)) {
            return;
        }
        Integer others = jdbc.queryForObject(
                "select count(*) from account a join account_role r on r.account_id = a.id"
                        + " where r.role = 'ADMIN' and a.enabled and a.id <> ?",
                Integer.class,
                account.getId());
        if (others == null || others == 0) {
            throw new ConflictException(Message.of("conflict.last-administrator", account.getUsername()));
        }
    }

    /** Managed venues belong to venue managers, and must be in the catalogue. */
    private void checkVenues(Set<Role> roles, Set<String> managedVenueIds) {
        List<String> venueIds = managedVenueIds == null
                ? List.of()
                : managedVenueIds.stream().sorted().toList();
        if (venueIds.isEmpty()) {
            return;
        }
        if (!roles.contains(Role.VENUE_MANAGER)) {
            throw new InvalidRequestException("managedVenueIds", Message.of("input.managed-venues-role"));
        }
        List<InputError> errors = new ArrayList<>();
        for (String venueId : venueIds) {
            if (!catalogue.hasVenue(venueId)) {
                errors.add(new InputError("managedVenueIds", Message.of("input.venue-not-in-catalogue", venueId)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static Set<String> venues(Set<String> managedVenueIds) {
        return managedVenueIds == null ? Set.of() : Set.copyOf(managedVenueIds);
    }

    private static void checkVersion(Account account, Long version) {
        if (version != null && version != account.getVersion()) {
            throw new StaleVersionException("account", account.getId(), account.getVersion());
        }
    }
}
