package org.protocolplanner.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in attempts per account name and per remote address, as OWASP's authentication guidance
 * asks, instead of locking: a lock that anybody could set off for any name kept its owner out. Each subject
 * allows {@value #FREE_FAILURES} failures; after that one attempt at a time, each only after a delay that
 * doubles with every further failure ({@link #FIRST_DELAY}, twice that, ... at most {@link #MAX_DELAY}).
 * Failures are forgotten {@link #FORGET_AFTER} after the last one.
 *
 * <p>An attempt is claimed before its password is checked, in one transaction that locks the subjects'
 * rows ({@code select ... for update}): the attempts being checked count like failures, so that parallel
 * guesses beyond the allowance are refused without a check, however fast they come.
 *
 * <p>An address the account has signed in from before is known ({@code sign_in_known_address}): an
 * attempt from it is throttled by that address's own failures only, not by the account's, so that a
 * stranger's guesses cannot shut the owner out. Such attempts claim nothing, since an API client signs in
 * on every request and may send many at once.
 */
@Service
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** A claim this old belongs to a check that never finished (the server stopped): it no longer counts. */
    static final Duration STALE_CLAIM = Duration.ofSeconds(30);

    static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(90);

    /** What an account name can be (AccountRequests): anything else is no account and is not counted as one. */
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * An attempt that may go ahead, whose outcome must be told to {@link #succeeded}, {@link #failed} or
     * {@link #abandoned}. {@code username} is null when the name cannot be an account's.
     */
    public record Attempt(String username, String address, boolean knownAddress, List<String> claimed) {}

    /** Whether a name could be an account's; others are refused as wrong without looking them up. */
    public static boolean possibleAccountName(String username) {
        return username != null && ACCOUNT_NAME.matcher(username).matches();
    }

    /**
     * Claims an attempt for the name and the address.
     *
     * @throws SignInThrottledException when either may not try now; nothing is claimed then
     */
    @Transactional
    public Attempt claim(String username, String address) {
        Instant now = now();
        String name = possibleAccountName(username) ? username : null;
        boolean known = name != null && isKnown(name, address, now);
        List<String> claimed = new ArrayList<>();
        if (name != null && !known) {
            claim(account(name), now);
            claimed.add(account(name));
        }
        if (known) {
            check(address(address), now);
        } else {
            claim(address(address), now);
            claimed.add(address(address));
        }
        return new Attempt(name, address, known, List.copyOf(claimed));
    }

    /** The password was right: the claims are released, and the address becomes known for the account. */
    @Transactional
    public void succeeded(Attempt attempt) {
        Instant now = now();
        release(attempt);
        if (attempt.username() == null) {
            return;
        }
        // Written at most once a day per pair: an API client signs in on every request.
        jdbc.update(
                """
                insert into sign_in_known_address (username, address, last_sign_in_at) values (?, ?, ?)
                on conflict (username, address) do update set last_sign_in_at = excluded.last_sign_in_at
                where sign_in_known_address.last_sign_in_at < ?""",
                attempt.username(),
                attempt.address(),
                Timestamp.from(now),
                Timestamp.from(now.minus(Duration.ofDays(1))));
        if (!attempt.knownAddress()) {
            // The password is right from a new address: what failed before under this name is forgiven. From
            // a known address it is not, or the owner's every sign-in would give a stranger five new guesses.
            forgive(attempt.username());
            forgetOldRows(now);
        }
    }

    /** A wrong password (or a name that is no account): counted against the name and the address. */
    @Transactional
    public void failed(Attempt attempt) {
        Instant now = now();
        if (attempt.username() != null) {
            fail(account(attempt.username()), attempt, AuditedEntity.ACCOUNT, attempt.username(), now);
        }
        fail(address(attempt.address()), attempt, AuditedEntity.SIGN_IN_ADDRESS, attempt.address(), now);
        forgetOldRows(now);
    }

    /** The check ended otherwise (a disabled account, a fault): the claims are released, nothing counted. */
    @Transactional
    public void abandoned(Attempt attempt) {
        release(attempt);
    }

    /** An administrator's password reset also forgives the name's failures. */
    @Transactional
    public void forgive(String username) {
        jdbc.update(
                "update sign_in_throttle set failures = 0, last_failure_at = null, next_attempt_at = null"
                        + " where subject = ?",
                account(username));
    }

    /** The delay after the given number of failures: none up to the allowance, then doubling up to the cap. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES;
        if (doublings >= 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** In the database's precision: PostgreSQL rounds to microseconds, which could add one to a delay. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean isKnown(String username, String address, Instant now) {
        Integer known = jdbc.queryForObject(
                "select count(*) from sign_in_known_address where username = ?"
                        + " and address = ? and last_sign_in_at >= ?",
                Integer.class,
                username,
                address,
                Timestamp.from(now.minus(KNOWN_ADDRESS_KEPT)));
        return known != null && known > 0;
    }

    /** One subject's row as it stands now: forgotten failures and stale claims are left out. */
    private record Subject(int failures, Instant nextAttempt, int pending) {

        static Subject of(Map<String, Object> row, Instant now) {
            Timestamp lastFailure = (Timestamp) row.get("last_failure_at");
            boolean forgotten = lastFailure == null || lastFailure.toInstant().isBefore(now.minus(FORGET_AFTER));
            Timestamp next = (Timestamp) row.get("next_attempt_at");
            Timestamp pendingSince = (Timestamp) row.get("pending_since");
            boolean stale = pendingSince == null || pendingSince.toInstant().isBefore(now.minus(STALE_CLAIM));
            return new Subject(
                    forgotten ? 0 : ((Number) row.get("failures")).intValue(),
                    forgotten || next == null ? null : next.toInstant(),
                    stale ? 0 : ((Number) row.get("pending")).intValue());
        }

        /** How long until this subject may try again, counting the attempts being checked when asked to. */
        Duration wait(Instant now, boolean countPending) {
            if (nextAttempt != null && now.isBefore(nextAttempt)) {
                return Duration.between(now, nextAttempt);
            }
            if (!countPending) {
                return Duration.ZERO;
            }
            // Within the allowance, as many at once as it has room for; beyond it, one at a time.
            boolean room = failures < FREE_FAILURES ? failures + pending < FREE_FAILURES : pending == 0;
            return room ? Duration.ZERO : FIRST_DELAY;
        }
    }

    private void claim(String subject, Instant now) {
        jdbc.update("insert into sign_in_throttle (subject) values (?) on conflict (subject) do nothing", subject);
        Subject current = Subject.of(
                jdbc.queryForMap("select * from sign_in_throttle where subject = ? for update", subject), now);
        Duration wait = current.wait(now, true);
        if (!wait.isZero()) {
            // Thrown inside the transaction: a claim already made for the other subject is rolled back.
            throw new SignInThrottledException(wait);
        }
        jdbc.update(
                """
                update sign_in_throttle set failures = ?, next_attempt_at = ?, pending = ?, pending_since = ?,
                    last_failure_at = case when ? = 0 then null else last_failure_at end
                where subject = ?""",
                current.failures(),
                current.nextAttempt() == null ? null : Timestamp.from(current.nextAttempt()),
                current.pending() + 1,
                Timestamp.from(now),
                current.failures(),
                subject);
    }

    private void check(String subject, Instant now) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from sign_in_throttle where subject = ?", subject);
        if (!rows.isEmpty()) {
            Duration wait = Subject.of(rows.get(0), now).wait(now, false);
            if (!wait.isZero()) {
                throw new SignInThrottledException(wait);
            }
        }
    }

    private void release(Attempt attempt) {
        if (attempt.claimed().isEmpty()) {
            return;
        }
        for (String subject : attempt.claimed()) {
            jdbc.update("update sign_in_throttle set pending = greatest(pending - 1, 0) where subject = ?", subject);
        }
        jdbc.update("delete from sign_in_throttle where subject = any (?) and pending = 0 and failures = 0", (Object)
                attempt.claimed().toArray(String[]::new));
    }

    private void fail(String subject, Attempt attempt, AuditedEntity entity, String entityId, Instant now) {
        jdbc.update("insert into sign_in_throttle (subject) values (?) on conflict (subject) do nothing", subject);
        Subject current = Subject.of(
                jdbc.queryForMap("select * from sign_in_throttle where subject = ? for update", subject), now);
        int failures = current.failures() + 1;
        Duration delay = delayAfter(failures);
        int pending = attempt.claimed().contains(subject) ? Math.max(current.pending() - 1, 0) : current.pending();
        jdbc.update(
                "update sign_in_throttle set failures = ?, last_failure_at = ?, next_attempt_at = ?, pending = ?"
                        + " where subject = ?",
                failures,
                Timestamp.from(now),
                delay.isZero() ? null : Timestamp.from(now.plus(delay)),
                pending,
                subject);
        if (failures == FREE_FAILURES) {
            audit.recordAs(
                    "sign-in from " + attempt.address(),
                    entity,
                    entityId,
                    "throttled",
                    null,
                    Map.of("failedSignIns", failures, "nextAttemptAt", now.plus(delay)));
        }
    }

    /**
     * Deletes the rows that no longer say anything: forgotten failures without a live claim, and addresses
     * unused for long. Last in its transaction and skipping rows others hold, so that it never waits for a
     * row while holding one (no deadlock with the claims, which lock the name before the address).
     */
    private void forgetOldRows(Instant now) {
        jdbc.update("""
                delete from sign_in_throttle where subject in (select subject from sign_in_throttle
                    where (last_failure_at is null or last_failure_at < ?)
                      and (pending = 0 or pending_since < ?)
                    for update skip locked)""", Timestamp.from(now.minus(FORGET_AFTER)), Timestamp.from(now.minus(STALE_CLAIM)));
        jdbc.update("""
                delete from sign_in_known_address where (username, address) in (select username, address
                    from sign_in_known_address where last_sign_in_at < ? for update skip locked)""", Timestamp.from(now.minus(KNOWN_ADDRESS_KEPT)));
    }

    private static String account(String username) {
        return "account:" + username;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
