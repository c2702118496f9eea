/**
 * The plan exchange format (docs/reference/exchange-format.md): reads, validates and writes problem and
 * solution documents. Plain Java and Jackson, used by the API, the solver, the tools and the command line.
 * Owns no table.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.protocolplanner.exchange;

import org.springframework.modulith.ApplicationModule;
