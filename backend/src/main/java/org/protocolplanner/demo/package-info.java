/**
 * Demo mode: the demo accounts, venues and summit made at the first start. Owns no table.
 */
@ApplicationModule(allowedDependencies = {"exchange", "plan", "security", "shared", "tools :: generator", "venue"})
package org.protocolplanner.demo;

import org.springframework.modulith.ApplicationModule;
