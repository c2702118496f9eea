/**
 * The command line (generate, solve, baseline, benchmark, convert-meeting-scheduling), run from the jar
 * before Spring starts. Owns no table.
 */
@ApplicationModule(
        allowedDependencies = {
            "exchange",
            "planning",
            "planning :: kpi",
            "planning :: model",
            "shared",
            "tools :: generator",
            "tools :: meetingscheduling"
        })
package org.protocolplanner.cli;

import org.springframework.modulith.ApplicationModule;
