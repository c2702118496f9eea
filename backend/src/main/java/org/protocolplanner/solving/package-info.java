/**
 * Solving jobs keyed by plan, shared by every instance on the database: the queue of solve requests, the
 * run of one solve, the status and event streams, the mapper from a stored plan to the planning model and
 * back, the job table and the solve API. Owns the tables {@code solve_job} and {@code solve_queue}.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "engagement",
            "exchange",
            "plan",
            "planning",
            "planning :: model",
            "security",
            "shared"
        })
package org.protocolplanner.solving;

import org.springframework.modulith.ApplicationModule;
