package org.protocolplanner.security;

/**
 * The one thing accounts ask of the venue catalogue: whether a venue a manager is given exists. The venue
 * module answers it, so that venues build on accounts without accounts depending on venues.
 */
public interface VenueCatalogue {

    boolean hasVenue(String venueId);
}
