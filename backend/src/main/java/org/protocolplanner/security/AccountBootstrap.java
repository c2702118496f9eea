package org.protocolplanner.security;

import java.util.EnumSet;
import java.util.Set;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.shared.web.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode no account exists until the first administrator is created from
 * {@code PLANNER_ADMIN_USERNAME} and {@code PLANNER_ADMIN_PASSWORD}; demo mode creates the four demo
 * accounts instead. Passwords are hashed before they reach the database and never logged.
 */
@Service
public class AccountBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    @ConfigurationProperties("planner.admin")
    public record AdminProperties(String username, String password) {}

    /** Held for the transaction that looks for accounts and creates the first one (a PostgreSQL advisory lock). */
    private static final String FIRST_ACCOUNT_LOCK =
            "select pg_advisory_xact_lock(hashtext('protocol-planner:first-administrator'))";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Refuses a weak password (the rules outside demo mode) even when accounts exist, so that a weak
     * setting never goes unnoticed.
     */
    @Transactional
    public void createFirstAdministrator(AdminProperties admin) {
        boolean configured = admin.username() != null && !admin.username().isBlank();
        Message broken = configured ? new PasswordPolicy(false).brokenRule(admin.password(), admin.username()) : null;
        if (broken != null) {
            throw new IllegalStateException("PLANNER_ADMIN_PASSWORD " + broken.english() + ".");
        }
        // Instances started together on a new database would each find no account and create the
        // administrator; the lock lets the first create it and the others find it.
        jdbc.execute(FIRST_ACCOUNT_LOCK);
        if (accounts.count() > 0) {
            return;
        }
        if (!configured) {
            log.warn(
                    "No account exists yet. Set PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD "
                            + "(at least {} characters) to create the first administrator.",
                    PasswordPolicy.MINIMUM_LENGTH);
            return;
        }
        Account account = accounts.saveAndFlush(new Account(
                admin.username(), "Administrator", passwordEncoder.encode(admin.password()), EnumSet.of(Role.ADMIN)));
        audit.recordAs(
                AuditLog.SYSTEM,
                AuditedEntity.ACCOUNT,
                account.getUsername(),
                "create",
                null,
                AccountResponse.of(account));
        log.info("Created the first administrator account '{}'.", admin.username());
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /** Demo accounts only: the explicit demo mode is the one place a known password exists. */
    @Transactional
    public boolean createDemoAccount(String username, String displayName, Role role, Set<String> managedVenueIds) {
        if (accounts.findByUsername(username).isPresent()) {
            return false;
        }
        Account account = new Account(username, displayName, passwordEncoder.encode("demo"), EnumSet.of(role));
        account.setManagedVenueIds(managedVenueIds);
        accounts.saveAndFlush(account);
        audit.recordAs(AuditLog.SYSTEM, AuditedEntity.ACCOUNT, username, "create", null, AccountResponse.of(account));
        return true;
    }
}
