package org.protocolplanner.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a plan's derived closures ask of bookings: the confirmed bookings of some spaces, across all plans.
 * The booking module answers it, so that bookings build on plans without plans depending on bookings.
 */
public interface ConfirmedBookings {

    /** A confirmed booking; its engagement is null once that engagement is gone. */
    record Confirmed(long id, long planId, Long engagementId, String spaceId, Instant startsAt, Instant busyUntil) {
    }

    /** The confirmed bookings of these spaces, by space, start and id. */
    List<Confirmed> confirmedIn(Collection<String> spaceIds);
}
