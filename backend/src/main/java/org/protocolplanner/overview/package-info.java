/**
 * The start page's "what needs you now", per role of the signed-in user: read from the modules that own
 * the work (plans, bookings, accounts, the audit log) through their query services. Owns no table.
 */
@ApplicationModule(allowedDependencies = {"audit", "booking", "plan", "security", "shared"})
package org.protocolplanner.overview;

import org.springframework.modulith.ApplicationModule;
