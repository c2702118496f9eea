/**
 * A delegation's day-by-day schedule with travel, printed as a PDF in English or Chinese. Owns no
 * table.
 */
@ApplicationModule(allowedDependencies = { "exchange", "plan", "planning", "shared" })
package org.protocolplanner.itinerary;

import org.springframework.modulith.ApplicationModule;
