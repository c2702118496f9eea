package org.protocolplanner.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a plan asks of bookings: for its derived closures, the confirmed bookings of some spaces across all
 * plans; before it is deleted, whether venues still count on its bookings.
 * The booking module answers it, so that bookings build on plans without plans depending on bookings.
 */
public interface ConfirmedBookings {

    /** A confirmed booking; its engagement is null once that engagement is gone. */
    record Confirmed(long id, long planId, Long engagementId, String spaceId, Instant startsAt, Instant busyUntil) {}

    /** The confirmed bookings of these spaces, by space, start and id. */
    List<Confirmed> confirmedIn(Collection<String> spaceIds);

    /**
     * How many of the plan's bookings still stand: requested and not yet answered, or confirmed. A venue
     * counts on those; a plan that has any is not deleted.
     */
    int standingOf(long planId);
}
