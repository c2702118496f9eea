/**
 * Converts OptaPlanner's meeting-scheduling workbooks into exchange documents, for the command line.
 */
@NamedInterface("meetingscheduling")
package org.protocolplanner.tools.meetingscheduling;

import org.springframework.modulith.NamedInterface;
