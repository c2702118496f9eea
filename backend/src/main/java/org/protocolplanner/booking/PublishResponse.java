package org.protocolplanner.booking;

import java.time.Instant;
import java.util.List;

/**
 * What a publish did: requests created for engagements whose place is new, requests withdrawn that no
 * longer match, and engagements whose request or confirmed booking already matched.
 *
 * @param requested the new requests
 */
public record PublishResponse(
        long planId, Instant answerBy, int created, int withdrawn, int unchanged, List<BookingResponse> requested) {}
