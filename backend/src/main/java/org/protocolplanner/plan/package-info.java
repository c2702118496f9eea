/**
 * Plans (live plans and scenarios): their settings, weights, venues and closures, import and export in
 * the exchange format, the schedule's API (assignment, places, score analysis and preview); {@code scenario}
 * copies a live plan, compares a scenario with it and adopts it. Owns the tables {@code plan},
 * {@code plan_venue}, {@code plan_weight} and {@code plan_closure}.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "delegation", "engagement", "exchange", "planning", "planning :: analysis",
        "planning :: model", "security", "shared", "venue" })
package org.protocolplanner.plan;

import org.springframework.modulith.ApplicationModule;
