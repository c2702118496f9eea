package org.protocolplanner.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the accounts' tables ({@code account}, {@code account_role},
 * {@code venue_manager}): they ask here rather than query those tables themselves.
 */
@Service
public class AccountQueries {

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

    /** Whether any account, enabled or not, manages the venue. */
    public boolean hasManagers(String venueId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from venue_manager where venue_id = ?)", Boolean.class, venueId));
    }

    /** The venues that have a manager, enabled or not. */
    public Set<String> managedVenueIds() {
        return new HashSet<>(jdbc.queryForList("select distinct venue_id from venue_manager", String.class));
    }

    /** The e-mail addresses of those of these accounts that are enabled and have one, each once. */
    public List<String> enabledEmails(Collection<Long> accountIds) {
        return jdbc.queryForList(
                "select distinct email from account where id = any(?)" + " and email is not null and enabled",
                String.class,
                (Object) accountIds.toArray(Long[]::new));
    }
}
