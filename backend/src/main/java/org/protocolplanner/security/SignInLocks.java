package org.protocolplanner.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in failures counted per account name and per remote address: five within {@link #WINDOW} lock that
 * name, or that address, for {@link #LOCK}, and each lock is audited. The counts live in the
 * database ({@code sign_in_failure}), so that they survive restarts and never grow in memory; rows whose
 * window and lock have passed are deleted as new failures come in.
 */
@Service
public class SignInLocks {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    SignInLocks(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Until when the name or the address is locked, whichever lasts longer; empty when neither is. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        List<Timestamp> until = jdbc.queryForList("select max(locked_until) from sign_in_failure"
                + " where subject in (?, ?) and locked_until > ?", Timestamp.class, account(username),
                address(address), Timestamp.from(clock.instant()));
        return until.isEmpty() || until.get(0) == null ? Optional.empty() : Optional.of(until.get(0).toInstant());
    }

    /** Counts a failed sign-in against both the name and the address, and locks either at the fifth. */
    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.update("delete from sign_in_failure where window_start < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(now.minus(WINDOW)), Timestamp.from(now));
        count(account(username), AuditedEntity.ACCOUNT, username, address, now);
        count(address(address), AuditedEntity.SIGN_IN_ADDRESS, address, address, now);
    }

    /** A successful sign-in forgives the name's earlier failures; the address keeps its count. */
    @Transactional
    public void succeeded(String username) {
        jdbc.update("delete from sign_in_failure where subject = ? and locked_until is null", account(username));
    }

    /** An administrator's password reset also lifts the name's lock. */
    @Transactional
    public void unlock(String username) {
        jdbc.update("delete from sign_in_failure where subject = ?", account(username));
    }

    private void count(String subject, AuditedEntity entity, String entityId, String address, Instant now) {
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        // A failure after the window restarts the count; the row stays locked by the update below.
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_failure (subject, failures, window_start) values (?, 1, ?)
                on conflict (subject) do update set
                    failures = case when sign_in_failure.window_start < ? then 1 else sign_in_failure.failures + 1 end,
                    window_start = case when sign_in_failure.window_start < ? then excluded.window_start
                                        else sign_in_failure.window_start end
                returning failures""", Integer.class, subject, Timestamp.from(now), windowStart, windowStart);
        if (failures != null && failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            // The count starts again once the lock has passed.
            jdbc.update("update sign_in_failure set failures = 0, window_start = ?, locked_until = ? where subject = ?",
                    Timestamp.from(until), Timestamp.from(until), subject);
            audit.recordAs("sign-in from " + address, entity, entityId, "locked", null,
                    Map.of("failedSignIns", failures, "lockedUntil", until));
        }
    }

    private static String account(String username) {
        return "account:" + username;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
