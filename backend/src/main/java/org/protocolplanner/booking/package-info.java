/**
 * Publishing a live plan: the bookings of its spaces, the venue managers' answers, the lapse job.
 * Owns the table {@code booking}.
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
