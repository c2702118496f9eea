/**
 * Solving jobs keyed by plan: the queue of solve requests, the run of one solve, the status and event
 * streams, the mapper from a stored plan to the planning model and back, the job table and the solve
 * API. Owns the table {@code solve_job}.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "engagement", "exchange", "plan", "planning", "planning :: model", "security", "shared" })
package org.protocolplanner.solving;

import org.springframework.modulith.ApplicationModule;
