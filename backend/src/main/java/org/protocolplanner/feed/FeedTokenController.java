package org.protocolplanner.feed;

import java.time.Instant;
import org.protocolplanner.security.PlannerUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user issues, rotates and revokes their own calendar feed token (docs/reference/roles.md). */
@RestController
class FeedTokenController {

    private final FeedTokens tokens;

    FeedTokenController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The token is in this answer only: the server keeps its hash. The feed paths are templates, since
     * which venues and delegations a user subscribes to is the user's choice.
     */
    record FeedTokenResponse(String token, Instant issuedAt, String venueFeed, String delegationFeed) {}

    @PostMapping("/api/me/feed-token")
    FeedTokenResponse issue(@AuthenticationPrincipal PlannerUser user) {
        FeedTokens.IssuedToken issued = tokens.issue(user.accountId());
        String base = "/feeds/" + issued.token();
        return new FeedTokenResponse(
                issued.token(),
                issued.issuedAt(),
                base + "/venues/{venueId}.ics",
                base + "/plans/{planId}/delegations/{delegationId}.ics");
    }

    @DeleteMapping("/api/me/feed-token")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal PlannerUser user) {
        tokens.revoke(user.accountId());
        return ResponseEntity.noContent().build();
    }
}
