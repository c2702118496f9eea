package org.protocolplanner.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.security.FeedTokenStore;
import org.protocolplanner.security.PlannerUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's secret calendar feed token. Calendar clients cannot sign in, so the token in the URL
 * is the only credential: 32 random bytes, shown once, of which only the SHA-256 hash is stored (a
 * leaked database does not leak working feed URLs). Issuing again replaces the old token; revoking
 * clears it.
 */
@Service
public class FeedTokens {

    /** 32 bytes in URL-safe Base64 without padding. Anything else is no token and is never looked up. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final FeedTokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AuditLog audit;

    FeedTokens(FeedTokenStore store, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.clock = clock;
    }

    /** A new token for the account; any earlier one stops working at once. */
    @Transactional
    public IssuedToken issue(long accountId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Map<String, Object> before = tokenState(accountId);
        store.store(accountId, hash(token), now);
        recordChange(accountId, "issue-feed-token", before);
        return new IssuedToken(token, now);
    }

    /** Revoking twice, or without a token, is the same as revoking once. */
    @Transactional
    public void revoke(long accountId) {
        Map<String, Object> before = tokenState(accountId);
        store.clear(accountId);
        recordChange(accountId, "revoke-feed-token", before);
    }

    /** The audit sees only when the token was issued: neither the token nor its hash. */
    private Map<String, Object> tokenState(long accountId) {
        return store.state(accountId);
    }

    private void recordChange(long accountId, String action, Map<String, Object> before) {
        Map<String, Object> after = tokenState(accountId);
        String username = (String) before.remove("username");
        after.remove("username");
        audit.record(AuditedEntity.ACCOUNT, username, action, before, after);
    }

    /** The enabled account whose current token this is; empty for unknown, revoked or malformed tokens. */
    @Transactional(readOnly = true)
    public Optional<PlannerUser> ownerOf(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return store.holderOf(hash(token));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The clear token, which exists only in this answer. */
    public record IssuedToken(String token, Instant issuedAt) {}
}
