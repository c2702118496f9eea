package org.protocolplanner.venue;

import java.util.Collection;

/**
 * The one thing the catalogue asks of bookings: how many refer to some spaces, before their venue is
 * deleted. The booking module answers it, so that bookings build on venues without venues depending on
 * bookings.
 */
public interface SpaceBookings {

    /** Bookings of these spaces, whatever their status. */
    int countFor(Collection<String> spaceIds);
}
