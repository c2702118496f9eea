/**
 * Plans (live plans and scenarios): their settings, weights, venues and closures, import and export in
 * the exchange format, the score explained, a move's score previewed and an engagement's best places (placing
 * it is the engagement module's, which asks the plan through {@code EngagementPlans}); {@code scenario}
 * copies a live plan, compares a scenario with it and adopts it. Owns the tables {@code plan},
 * {@code plan_venue}, {@code plan_weight} and {@code plan_closure}.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "delegation",
            "engagement",
            "exchange",
            "planning",
            "planning :: analysis",
            "planning :: model",
            "security",
            "shared",
            "venue"
        })
package org.protocolplanner.plan;

import org.springframework.modulith.ApplicationModule;
