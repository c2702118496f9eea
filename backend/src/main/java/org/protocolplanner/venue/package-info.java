/**
 * The venue catalogue: venues, spaces with their capacities, opening windows, blackouts and parts, areas,
 * search; {@code catalogue} loads the reference CSV. Owns the tables {@code venue}, {@code space},
 * {@code space_opening_window}, {@code space_blackout}, {@code space_part} and {@code area}.
 */
@ApplicationModule(allowedDependencies = {"audit", "exchange", "security", "shared"})
package org.protocolplanner.venue;

import org.springframework.modulith.ApplicationModule;
