package org.protocolplanner.feed;

import org.protocolplanner.booking.BookingPolicy;
import org.protocolplanner.plan.PlanPolicy;
import org.protocolplanner.security.PlannerUser;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.venue.VenueQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calendar feeds (calendar clients cannot sign in): the token in the path stands for its
 * owner, and the owner reads what the booking and plan policies let them read when signed in. Every refusal
 * is 404, whether the token is unknown, revoked or its owner disabled, or the owner may not see the venue or
 * plan, so that a guessed URL learns nothing.
 */
@RestController
class FeedController {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedTokens tokens;
    private final VenueFeed venueFeed;
    private final DelegationFeed delegationFeed;
    private final BeijingCalendar calendars;
    private final VenueQueries venues;

    FeedController(
            FeedTokens tokens,
            VenueFeed venueFeed,
            DelegationFeed delegationFeed,
            BeijingCalendar calendars,
            VenueQueries venues) {
        this.tokens = tokens;
        this.venueFeed = venueFeed;
        this.delegationFeed = delegationFeed;
        this.calendars = calendars;
        this.venues = venues;
    }

    @GetMapping("/feeds/{token}/venues/{venueId}.ics")
    ResponseEntity<String> venue(@PathVariable String token, @PathVariable String venueId) {
        PlannerUser owner = owner(token);
        String name = venues.englishName(venueId)
                .filter(known -> BookingPolicy.canRead(owner, venueId))
                .orElseThrow(() -> new NotFoundException("venue", venueId));
        return calendar(calendars.write(name, venueFeed.events(venueId, BookingPolicy.redacts(owner))));
    }

    @GetMapping("/feeds/{token}/plans/{id}/delegations/{delegationId}.ics")
    ResponseEntity<String> delegation(
            @PathVariable String token, @PathVariable long id, @PathVariable String delegationId) {
        if (!PlanPolicy.canRead(owner(token))) {
            throw new NotFoundException("plan", id);
        }
        DelegationFeed.Calendar calendar = delegationFeed.of(id, delegationId);
        return calendar(calendars.write(calendar.name(), calendar.events()));
    }

    private PlannerUser owner(String token) {
        return tokens.ownerOf(token).orElseThrow(() -> new NotFoundException("feed", "(this token)"));
    }

    /** No caching by shared proxies: the URL is a credential and the content changes with every booking. */
    private static ResponseEntity<String> calendar(String body) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Cache-Control", "private, no-store")
                .body(body);
    }
}
