/**
 * The engagements of a plan: the stored engagement with its assignment, its API (placing an engagement by
 * hand included) and its service. What a change needs of the plan (access, the whole-plan check, the revision,
 * a place's check and the score after a move) it asks through {@link
 * org.protocolplanner.engagement.EngagementPlans}, which the plan module answers. Owns the table
 * {@code engagement}.
 */
@ApplicationModule(allowedDependencies = {"audit", "exchange", "shared"})
package org.protocolplanner.engagement;

import org.springframework.modulith.ApplicationModule;
