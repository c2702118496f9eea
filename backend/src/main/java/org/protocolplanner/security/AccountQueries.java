package org.protocolplanner.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the accounts' tables ({@code account}, {@code account_role},
 * {@code venue_manager}): they ask here rather than query those tables themselves.
 */
@Service
public class AccountQueries {

    /**
     * An account whose sign-ins are being held back after repeated wrong passwords: how many failed, the last
     * one, and when the next attempt may come (null: now).
     */
    public record ThrottledAccount(
            String username, String displayName, int failures, Instant lastFailureAt, Instant nextAttemptAt) {}

    private final JdbcTemplate jdbc;

    AccountQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled accounts with a role, in id order. */
    public List<Long> enabledWithRole(Role role) {
        return jdbc.queryForList("""
                select a.id from account a join account_role r on r.account_id = a.id
                where r.role = ? and a.enabled order by a.id""", Long.class, role.name());
    }

    /** The enabled accounts that manage a venue, in id order. */
    public List<Long> enabledManagersOf(String venueId) {
        return jdbc.queryForList("""
                select a.id from account a join venue_manager m on m.account_id = a.id
                where m.venue_id = ? and a.enabled order by a.id""", Long.class, venueId);
    }

    /** The enabled accounts that manage each of these venues, in id order; a venue without any is left out. */
    public Map<String, List<Long>> enabledManagersOf(Collection<String> venueIds) {
        Map<String, List<Long>> managers = new HashMap<>();
        jdbc.query(
                """
                select m.venue_id, a.id from account a join venue_manager m on m.account_id = a.id
                where m.venue_id = any(?) and a.enabled order by a.id""",
                row -> {
                    managers.computeIfAbsent(row.getString(1), venue -> new ArrayList<>())
                            .add(row.getLong(2));
                },
                (Object) venueIds.toArray(String[]::new));
        return managers;
    }

    /** Whether any account, enabled or not, manages the venue. */
    public boolean hasManagers(String venueId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from venue_manager where venue_id = ?)", Boolean.class, venueId));
    }

    /** The venues that have a manager, enabled or not. */
    public Set<String> managedVenueIds() {
        return new HashSet<>(jdbc.queryForList("select distinct venue_id from venue_manager", String.class));
    }

    /**
     * The accounts whose name is throttled at {@code now} ({@link SignInThrottle}: more than its free failures,
     * not yet forgotten), the latest failure first.
     */
    public List<ThrottledAccount> throttledAccounts(Instant now) {
        return jdbc.query(
                """
                select a.username, a.display_name, t.failures, t.last_failure_at, t.next_attempt_at
                from sign_in_throttle t join account a on t.subject = 'account:' || a.username
                where t.failures >= ? and t.last_failure_at > ?
                order by t.last_failure_at desc, a.username""",
                (row, i) -> {
                    Timestamp next = row.getTimestamp("next_attempt_at");
                    return new ThrottledAccount(
                            row.getString("username"),
                            row.getString("display_name"),
                            row.getInt("failures"),
                            row.getTimestamp("last_failure_at").toInstant(),
                            next == null || !next.toInstant().isAfter(now) ? null : next.toInstant());
                },
                SignInThrottle.FREE_FAILURES,
                Timestamp.from(now.minus(SignInThrottle.FORGET_AFTER)));
    }

    /** How many accounts are disabled. */
    public long disabledAccounts() {
        Long count = jdbc.queryForObject("select count(*) from account where not enabled", Long.class);
        return count == null ? 0 : count;
    }

    /** The e-mail addresses of those of these accounts that are enabled and have one, each once. */
    public List<String> enabledEmails(Collection<Long> accountIds) {
        return jdbc.queryForList(
                "select distinct email from account where id = any(?)" + " and email is not null and enabled",
                String.class,
                (Object) accountIds.toArray(Long[]::new));
    }
}
