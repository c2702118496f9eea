package org.protocolplanner.plan;

/**
 * What a live plan's bookings say against its places: how many engagements are still where a venue declined,
 * let a request lapse or cancelled a booking (decision 0110). The booking module answers it, so that bookings
 * build on plans without plans depending on bookings.
 */
public interface PlanSetbacks {

    /** Engagements at a place whose booking was declined, lapsed or cancelled, by that status. */
    record Setbacks(int declined, int lapsed, int cancelled) {

        public static final Setbacks NONE = new Setbacks(0, 0, 0);
    }

    /** The setbacks of a live plan; a scenario sends no requests and has none. */
    Setbacks of(Plan plan);
}
