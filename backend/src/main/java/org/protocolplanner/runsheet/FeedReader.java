package org.protocolplanner.runsheet;

import java.util.function.Supplier;
import org.protocolplanner.feed.FeedOwner;
import org.protocolplanner.feed.FeedTokens;
import org.protocolplanner.security.AccountRepository;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a run sheet on behalf of a calendar feed token's owner, for people who print without signing in
 * (a venue's duty desk). The owner is the signed-in user for the duration of the read, so that the role
 * matrix and the bookings' redaction apply exactly as when they sign in. As with the feeds, every refusal
 * is 404, so that a guessed URL learns nothing.
 */
@Component
class FeedReader {

    private final FeedTokens tokens;
    private final AccountRepository accounts;

    FeedReader(FeedTokens tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    <T> T as(String token, long planId, Supplier<T> read) {
        FeedOwner owner = tokens.ownerOf(token).orElseThrow(() -> new NotFoundException("feed", "(this token)"));
        String username = accounts.findById(owner.accountId()).map(account -> account.getUsername())
                .orElseThrow(() -> new NotFoundException("feed", "(this token)"));
        PlannerUser user = new PlannerUser(owner.accountId(), username, username, null, true, owner.roles(),
                owner.managedVenueIds());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            throw new NotFoundException("plan", planId);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
