/**
 * Tools that make plans rather than use them: {@code generator} makes summit weeks (the demo data, the
 * benchmarks), {@code meetingscheduling} converts OptaPlanner's meeting-scheduling workbooks. Only the
 * command line and the demo data use them; no feature does. Owns no table.
 */
@ApplicationModule(allowedDependencies = {"exchange", "planning", "planning :: model", "shared"})
package org.protocolplanner.tools;

import org.springframework.modulith.ApplicationModule;
