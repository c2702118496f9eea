/**
 * Spreadsheets: a plan's schedule by day with its delegations and bookings, and a reader's bookings, as
 * xlsx and CSV, built from the run sheets' rows. Owns no table.
 */
@ApplicationModule(allowedDependencies = {"booking", "delegation", "runsheet", "shared"})
package org.protocolplanner.export;

import org.springframework.modulith.ApplicationModule;
