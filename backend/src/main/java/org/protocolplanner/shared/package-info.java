/**
 * Small pieces every module uses: RFC 7807 problem details and bad input ({@code web}), the protocol
 * vocabulary ({@code protocol}), the embedded database and its faults ({@code database}), logging, the
 * clock, and the jobs claimed from tables by one instance of several ({@code scheduling}). An open module
 * that depends on no feature. Owns the table {@code scheduled_tasks}.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.protocolplanner.shared;

import org.springframework.modulith.ApplicationModule;
