/**
 * The append-only change log: the writer every change calls, and its query.
 * Owns the table {@code audit_log}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.protocolplanner.audit;

import org.springframework.modulith.ApplicationModule;
