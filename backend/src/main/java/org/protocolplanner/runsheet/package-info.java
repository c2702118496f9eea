/**
 * Run sheets: a venue's day (engagements and the motorcades' arrival order) and a day's master schedule,
 * printed as PDFs in English and Chinese from what the reader may read. Owns no table.
 */
@ApplicationModule(
        allowedDependencies = {
            "booking",
            "delegation",
            "engagement",
            "feed",
            "itinerary",
            "plan",
            "security",
            "shared",
            "venue"
        })
package org.protocolplanner.runsheet;

import org.springframework.modulith.ApplicationModule;
