/**
 * The figures of protocol quality of a schedule, as the command line and the benchmarks print them.
 */
@NamedInterface("kpi")
package org.protocolplanner.planning.kpi;

import org.springframework.modulith.NamedInterface;
