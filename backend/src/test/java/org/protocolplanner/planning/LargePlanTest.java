package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.protocolplanner.planning.fixtures.GeneratedPlans;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/** The size the product is built for: 456 venues with over 1,000 spaces and a week at 15-minute grain. */
class LargePlanTest {

    @Test
    void aSummitWeekOver456VenuesSharesItsCandidateRanges() {
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(GeneratedPlans.summitWeek(1, 60, 456, 7));

        assertThat(schedule.getSpaces()).hasSizeGreaterThan(1000);
        assertThat(schedule.getAssignments())
                .hasSizeGreaterThan(200)
                .allSatisfy(assignment ->
                        assertThat(assignment.getCandidateStarts().isEmpty()).isFalse());
        Set<Object> startRanges = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> spaceRanges = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            startRanges.add(assignment.getCandidateStarts());
            spaceRanges.add(assignment.getCandidateSpaces());
        }
        assertThat(startRanges)
                .as("one range per kind of engagement and window, not per engagement")
                .hasSizeLessThan(20);
        assertThat(spaceRanges).hasSizeLessThan(20);
    }
}
