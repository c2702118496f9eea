package org.protocolplanner.feed;

import java.time.Instant;

/**
 * One event of a feed, already worded for its reader.
 *
 * @param uid       stable across downloads, so that calendar clients update the event instead of adding a copy
 * @param tentative whether the place is asked for but not yet confirmed (STATUS:TENTATIVE)
 */
record FeedEvent(
        String uid,
        String summary,
        String description,
        String location,
        Instant start,
        Instant end,
        boolean tentative) {}
