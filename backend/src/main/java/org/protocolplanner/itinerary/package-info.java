/**
 * A delegation's day-by-day schedule with travel and the state of each place's booking, printed as a PDF in
 * English or Chinese. Owns no table.
 */
@ApplicationModule(
        allowedDependencies = {
            "booking",
            "delegation",
            "engagement",
            "exchange",
            "plan",
            "planning",
            "security",
            "shared",
            "venue"
        })
package org.protocolplanner.itinerary;

import org.springframework.modulith.ApplicationModule;
