package org.protocolplanner.planning.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.protocolplanner.planning.model.DayRoute;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceNeeds;
import org.protocolplanner.shared.protocol.EventType;

/**
 * The figures of protocol quality of docs/reference/constraints.md ("Figures of protocol quality"), computed the same
 * way for the API, the command line and every solution document. A mean over no event is 0.
 *
 * @param unscheduledCount     events without a space or a start
 * @param unscheduledPriority  their summed priority
 * @param travelMinutes        per delegation and day: hotel to the first engagement, between consecutive
 *                             engagements, back to the hotel; summed
 * @param prestigeGap          mean shortfall of venue prestige below what the highest attending rank deserves,
 *                             over scheduled events some delegation attends
 * @param equalTreatmentSpread population standard deviation of the venue prestige of scheduled bilateral talks
 *                             a head of state attends
 * @param emptySeatShare       mean share of empty seats in the event's layout, over scheduled events whose space
 *                             takes that layout (an event in a space without it breaks space-capacity instead)
 * @param offCustomaryHours    scheduled events off their customary time of day
 */
public record ProtocolKpis(
        int unscheduledCount,
        int unscheduledPriority,
        long travelMinutes,
        double prestigeGap,
        double equalTreatmentSpread,
        double emptySeatShare,
        int offCustomaryHours) {

    public static ProtocolKpis of(ProtocolSchedule schedule) {
        List<EngagementAssignment> scheduled = new ArrayList<>();
        int unscheduledCount = 0;
        int unscheduledPriority = 0;
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            if (assignment.isScheduled()) {
                scheduled.add(assignment);
            } else {
                unscheduledCount++;
                unscheduledPriority += assignment.getEngagement().priority();
            }
        }
        return new ProtocolKpis(
                unscheduledCount,
                unscheduledPriority,
                travelMinutes(schedule.getDelegations(), scheduled),
                prestigeGap(scheduled),
                equalTreatmentSpread(scheduled),
                emptySeatShare(scheduled),
                offCustomaryHours(scheduled));
    }

    private static long travelMinutes(List<DelegationBrief> delegations, List<EngagementAssignment> scheduled) {
        long minutes = 0;
        for (DelegationBrief delegation : delegations) {
            Map<Integer, List<EngagementAssignment>> byDay = new TreeMap<>();
            for (EngagementAssignment assignment : scheduled) {
                if (assignment.getEngagement().isAttendedBy(delegation)) {
                    byDay.computeIfAbsent(ScheduleHorizon.dayOf(assignment.getStart()), day -> new ArrayList<>())
                            .add(assignment);
                }
            }
            for (List<EngagementAssignment> day : byDay.values()) {
                minutes += DayRoute.of(delegation, day).travelMinutes();
            }
        }
        return minutes;
    }

    private static double prestigeGap(List<EngagementAssignment> scheduled) {
        return scheduled.stream()
                .filter(assignment -> !assignment.getEngagement().delegations().isEmpty())
                .mapToInt(EngagementAssignment::prestigeGap)
                .average()
                .orElse(0);
    }

    private static double equalTreatmentSpread(List<EngagementAssignment> scheduled) {
        double[] prestige = scheduled.stream()
                .filter(assignment -> assignment.getEngagement().type() == EventType.BILATERAL_TALKS
                        && assignment.getEngagement().isAttendedByHeadOfState())
                .mapToDouble(assignment -> assignment.venue().prestige())
                .toArray();
        if (prestige.length == 0) {
            return 0;
        }
        double mean = 0;
        for (double value : prestige) {
            mean += value / prestige.length;
        }
        double variance = 0;
        for (double value : prestige) {
            variance += (value - mean) * (value - mean) / prestige.length;
        }
        return Math.sqrt(variance);
    }

    private static double emptySeatShare(List<EngagementAssignment> scheduled) {
        return scheduled.stream()
                .filter(assignment -> assignment
                                .getSpace()
                                .takes(assignment.getEngagement().needs().layout())
                        && assignment
                                        .getSpace()
                                        .capacity(assignment
                                                .getEngagement()
                                                .needs()
                                                .layout())
                                > 0)
                .mapToDouble(assignment -> {
                    SpaceNeeds needs = assignment.getEngagement().needs();
                    double capacity = assignment.getSpace().capacity(needs.layout());
                    return Math.max(0, capacity - needs.headcount()) / capacity;
                })
                .average()
                .orElse(0);
    }

    private static int offCustomaryHours(List<EngagementAssignment> scheduled) {
        return (int) scheduled.stream()
                .filter(EngagementAssignment::offCustomaryHours)
                .count();
    }
}
