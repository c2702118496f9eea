/**
 * Calendar feeds (iCalendar) per venue and per delegation, and the feed tokens that open them.
 * Owns no table (a token's hash is a column of {@code account}).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "booking",
            "delegation",
            "engagement",
            "itinerary",
            "plan",
            "security",
            "shared",
            "venue"
        })
package org.protocolplanner.feed;

import org.springframework.modulith.ApplicationModule;
