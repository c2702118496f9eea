/**
 * Publishing a live plan: the bookings of its spaces, the venue managers' answers, the lapse job.
 * Owns the tables {@code booking} and {@code booking_floor} (the floor a confirmed booking holds).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "delegation",
            "engagement",
            "notification",
            "plan",
            "security",
            "shared",
            "solving",
            "venue"
        })
package org.protocolplanner.booking;

import org.springframework.modulith.ApplicationModule;
