package org.protocolplanner.runsheet;

import java.util.function.Supplier;
import org.protocolplanner.feed.FeedTokens;
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

    FeedReader(FeedTokens tokens) {
        this.tokens = tokens;
    }

    <T> T as(String token, long planId, Supplier<T> read) {
        PlannerUser user = tokens.ownerOf(token).orElseThrow(() -> new NotFoundException("feed", "(this token)"));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
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
