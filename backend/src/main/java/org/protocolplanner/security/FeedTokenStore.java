package org.protocolplanner.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where an account's calendar feed token is kept: only its hash and when it was issued, columns of
 * {@code account}. The feed module issues, revokes and looks up tokens through this, never through the
 * table.
 */
@Service
public class FeedTokenStore {

    private final JdbcTemplate jdbc;

    FeedTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the account's token, if any, by the one with this hash. */
    public void store(long accountId, String hash, Instant issuedAt) {
        jdbc.update(
                "update account set feed_token_hash = ?, feed_token_issued_at = ? where id = ?",
                hash,
                Timestamp.from(issuedAt),
                accountId);
    }

    public void clear(long accountId) {
        jdbc.update("update account set feed_token_hash = null, feed_token_issued_at = null where id = ?", accountId);
    }

    /** The account's {@code username} and {@code feedTokenIssuedAt} (null without a token), for the audit. */
    public Map<String, Object> state(long accountId) {
        return jdbc.queryForMap(
                "select username, feed_token_issued_at as \"feedTokenIssuedAt\" from account" + " where id = ?",
                accountId);
    }

    /**
     * The enabled account whose current token has this hash, as the user a feed or a printed run sheet is read
     * for (no password); empty for none.
     */
    public Optional<PlannerUser> holderOf(String hash) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "select id, username, display_name from account where feed_token_hash = ? and enabled", hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long accountId = ((Number) found.get(0).get("id")).longValue();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.queryForList("select role from account_role where account_id = ?", String.class, accountId)
                .forEach(role -> roles.add(Role.valueOf(role)));
        Set<String> venues = new HashSet<>(
                jdbc.queryForList("select venue_id from venue_manager where account_id = ?", String.class, accountId));
        return Optional.of(new PlannerUser(
                accountId,
                (String) found.get(0).get("username"),
                (String) found.get(0).get("display_name"),
                null,
                true,
                roles,
                venues));
    }
}
