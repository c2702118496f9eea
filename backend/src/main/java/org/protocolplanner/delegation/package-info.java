/**
 * The delegations of a plan: the stored delegation, its API and its service. What a change needs of
 * the plan (access, the whole-plan check, the revision) it asks through {@link
 * org.protocolplanner.delegation.DelegationPlans}, which the plan module answers. Owns the table
 * {@code delegation}.
 */
@ApplicationModule(allowedDependencies = {"audit", "exchange", "shared"})
package org.protocolplanner.delegation;

import org.springframework.modulith.ApplicationModule;
