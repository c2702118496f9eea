package org.protocolplanner.planning.analysis;

import static org.protocolplanner.planning.analysis.ScheduleNames.count;
import static org.protocolplanner.planning.analysis.ScheduleNames.people;
import static org.protocolplanner.planning.analysis.ScheduleNames.words;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.planning.analysis.ScoreAnalysis.RuledOut;
import org.protocolplanner.planning.analysis.ScoreAnalysis.UnscheduledEngagement;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.Intervals;
import org.protocolplanner.planning.model.Precedence;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.Separation;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.SpaceNeeds;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Why an engagement is unscheduled, as a funnel over its candidate places (every space of the plan
 * at every start on the grain within the horizon). The rules that need only the engagement come
 * first (space-capacity, security-grade, required-features, excluded-space per space, then
 * event-window per start, then space-availability per place); then the rules that depend on where
 * the other engagements are now (space-conflict, delegation-clash, travel-time,
 * delegation-separation, event-order). Each place is counted against the first rule it breaks, so
 * the counts add up to all places minus those left. The rules are checked by their definitions
 * (docs/reference/constraints.md), as the constraint provider scores them.
 */
final class UnscheduledReasons {

    /** The funnel's order, by constraint id. */
    private static final List<String> FUNNEL = List.of(
            ConstraintId.SPACE_CAPACITY.id(),
            ConstraintId.SECURITY_GRADE.id(),
            ConstraintId.REQUIRED_FEATURES.id(),
            ConstraintId.EXCLUDED_SPACE.id(),
            ConstraintId.EVENT_WINDOW.id(),
            ConstraintId.SPACE_AVAILABILITY.id(),
            ConstraintId.SPACE_CONFLICT.id(),
            ConstraintId.DELEGATION_CLASH.id(),
            ConstraintId.TRAVEL_TIME.id(),
            ConstraintId.DELEGATION_SEPARATION.id(),
            ConstraintId.EVENT_ORDER.id());

    private final ProtocolSchedule schedule;
    private final ScheduleNames names;
    private final int[] starts;
    private final Map<SpaceBrief, List<EngagementAssignment>> bySpace = new HashMap<>();
    private final Map<DelegationBrief, List<EngagementAssignment>> byDelegation = new HashMap<>();
    private final Map<DelegationBrief, List<DelegationBrief>> keptApart = new HashMap<>();
    private final Map<EngagementBrief, EngagementAssignment> scheduled = new HashMap<>();
    private final Map<EngagementBrief, List<EngagementBrief>> earlier = new HashMap<>();
    private final Map<EngagementBrief, List<EngagementBrief>> later = new HashMap<>();

    UnscheduledReasons(ProtocolSchedule schedule, ScheduleNames names) {
        this.schedule = schedule;
        this.names = names;
        ScheduleHorizon horizon = schedule.getHorizon();
        int grain = horizon.grainMinutes();
        this.starts = new int[(horizon.endMinute() - horizon.startMinute() + grain - 1) / grain];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = horizon.startMinute() + i * grain;
        }
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            if (assignment.isScheduled()) {
                scheduled.put(assignment.getEngagement(), assignment);
                bySpace.computeIfAbsent(assignment.getSpace(), s -> new ArrayList<>())
                        .add(assignment);
                for (DelegationBrief delegation : assignment.getEngagement().delegations()) {
                    byDelegation
                            .computeIfAbsent(delegation, d -> new ArrayList<>())
                            .add(assignment);
                }
            }
        }
        for (Separation separation : schedule.getSeparations()) {
            keptApart.computeIfAbsent(separation.one(), d -> new ArrayList<>()).add(separation.other());
            keptApart
                    .computeIfAbsent(separation.other(), d -> new ArrayList<>())
                    .add(separation.one());
        }
        for (Precedence precedence : schedule.getPrecedences()) {
            earlier.computeIfAbsent(precedence.later(), e -> new ArrayList<>()).add(precedence.earlier());
            later.computeIfAbsent(precedence.earlier(), e -> new ArrayList<>()).add(precedence.later());
        }
    }

    List<UnscheduledEngagement> all() {
        return schedule.getAssignments().stream()
                .filter(assignment -> !assignment.isScheduled())
                .map(assignment -> explain(assignment.getEngagement()))
                .toList();
    }

    UnscheduledEngagement explain(EngagementBrief engagement) {
        Map<ConstraintId, Long> removed = new EnumMap<>(ConstraintId.class);
        Map<ConstraintId, Integer> spacesRemoved = new EnumMap<>(ConstraintId.class);
        List<SpaceBrief> spaces = new ArrayList<>();
        for (SpaceBrief space : schedule.getSpaces()) {
            ConstraintId rule = ruleAgainstSpace(engagement.needs(), space);
            if (rule == null) {
                spaces.add(space);
            } else {
                removed.merge(rule, (long) starts.length, Long::sum);
                spacesRemoved.merge(rule, 1, Integer::sum);
            }
        }
        List<Integer> inWindow = new ArrayList<>();
        for (int start : starts) {
            if (engagement.window().minutesBroken(start, start + engagement.durationMinutes()) == 0) {
                inWindow.add(start);
            }
        }
        int startsOutsideWindow = starts.length - inWindow.size();
        if (startsOutsideWindow > 0 && !spaces.isEmpty()) {
            removed.put(ConstraintId.EVENT_WINDOW, (long) startsOutsideWindow * spaces.size());
        }
        long left = 0;
        for (SpaceBrief space : spaces) {
            for (int start : inWindow) {
                ConstraintId rule = ruleAgainstPlace(engagement, space, start);
                if (rule == null) {
                    left++;
                } else {
                    removed.merge(rule, 1L, Long::sum);
                }
            }
        }
        long candidates = (long) starts.length * schedule.getSpaces().size();
        List<RuledOut> ruledOut = new ArrayList<>();
        removed.forEach((rule, places) -> ruledOut.add(new RuledOut(
                rule.id(),
                places,
                reason(rule, engagement, spacesRemoved.getOrDefault(rule, 0), startsOutsideWindow, places))));
        ruledOut.sort((a, b) -> Integer.compare(FUNNEL.indexOf(a.constraint()), FUNNEL.indexOf(b.constraint())));
        return new UnscheduledEngagement(
                engagement.id(),
                engagement.title(),
                engagement.priority(),
                candidates,
                ruledOut,
                left,
                summary(engagement, candidates, left));
    }

    private static ConstraintId ruleAgainstSpace(SpaceNeeds needs, SpaceBrief space) {
        if (needs.peopleOverCapacity(space) > 0) {
            return ConstraintId.SPACE_CAPACITY;
        } else if (needs.gradeStepsShort(space) > 0) {
            return ConstraintId.SECURITY_GRADE;
        } else if (needs.missingFeatureCount(space) > 0) {
            return ConstraintId.REQUIRED_FEATURES;
        } else if (needs.excludes(space)) {
            return ConstraintId.EXCLUDED_SPACE;
        }
        return null;
    }

    private ConstraintId ruleAgainstPlace(EngagementBrief engagement, SpaceBrief space, int start) {
        int end = start + engagement.durationMinutes();
        if (space.unavailableMinutes(start, end) > 0) {
            return ConstraintId.SPACE_AVAILABILITY;
        } else if (takenBySomeoneElse(space, start, end)) {
            return ConstraintId.SPACE_CONFLICT;
        } else if (delegationsBusy(engagement, start, end)) {
            return ConstraintId.DELEGATION_CLASH;
        } else if (tooLittleTravelTime(engagement, space, start, end)) {
            return ConstraintId.TRAVEL_TIME;
        } else if (meetsDelegationsKeptApart(engagement, space, start, end)) {
            return ConstraintId.DELEGATION_SEPARATION;
        } else if (breaksOrder(engagement, start, end)) {
            return ConstraintId.EVENT_ORDER;
        }
        return null;
    }

    /** Whether an engagement in the space, or in one that shares floor with it, is busy then. */
    private boolean takenBySomeoneElse(SpaceBrief space, int start, int end) {
        if (busyIn(space, start, end + space.turnoverMinutes())) {
            return true;
        }
        for (SpaceBrief other : space.sharingFloor()) {
            if (busyIn(other, start, end + space.turnoverMinutes())) {
                return true;
            }
        }
        return false;
    }

    private boolean busyIn(SpaceBrief space, int start, int busyEnd) {
        for (EngagementAssignment other : bySpace.getOrDefault(space, List.of())) {
            if (Intervals.overlap(start, busyEnd, other.getStart(), other.busyEnd()) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean delegationsBusy(EngagementBrief engagement, int start, int end) {
        for (DelegationBrief delegation : engagement.delegations()) {
            for (EngagementAssignment other : byDelegation.getOrDefault(delegation, List.of())) {
                if (Intervals.overlap(start, end, other.getStart(), other.end()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean tooLittleTravelTime(EngagementBrief engagement, SpaceBrief space, int start, int end) {
        for (DelegationBrief delegation : engagement.delegations()) {
            for (EngagementAssignment other : byDelegation.getOrDefault(delegation, List.of())) {
                if (other.getStart() >= end && space.venue().travelMinutesTo(other.venue()) > other.getStart() - end) {
                    return true;
                }
                if (start >= other.end() && other.venue().travelMinutesTo(space.venue()) > start - other.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean meetsDelegationsKeptApart(EngagementBrief engagement, SpaceBrief space, int start, int end) {
        for (DelegationBrief delegation : engagement.delegations()) {
            for (DelegationBrief apart : keptApart.getOrDefault(delegation, List.of())) {
                for (EngagementAssignment other : byDelegation.getOrDefault(apart, List.of())) {
                    if (other.venue() == space.venue()
                            && Intervals.overlap(start, end, other.getStart(), other.end()) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean breaksOrder(EngagementBrief engagement, int start, int end) {
        for (EngagementBrief before : earlier.getOrDefault(engagement, List.of())) {
            EngagementAssignment placed = scheduled.get(before);
            if (placed != null && placed.end() > start) {
                return true;
            }
        }
        for (EngagementBrief after : later.getOrDefault(engagement, List.of())) {
            EngagementAssignment placed = scheduled.get(after);
            if (placed != null && end > placed.getStart()) {
                return true;
            }
        }
        return false;
    }

    private String reason(
            ConstraintId rule, EngagementBrief engagement, int spaces, int startsOutsideWindow, long places) {
        SpaceNeeds needs = engagement.needs();
        String placeCount = count(places, "place");
        return switch (rule) {
            case SPACE_CAPACITY ->
                count(spaces, "space") + " that cannot seat its " + people(needs.headcount()) + " in "
                        + words(needs.layout()) + " layout";
            case SECURITY_GRADE -> count(spaces, "space") + " at venues below security grade " + needs.requiredGrade();
            case REQUIRED_FEATURES ->
                count(spaces, "space") + " without " + words(needs.requiredFeatures()) + ", which it requires";
            case EXCLUDED_SPACE -> count(spaces, "space") + " it excludes";
            case EVENT_WINDOW ->
                count(startsOutsideWindow, "start") + " of " + starts.length
                        + " outside its window (its own bounds, its delegations' stay or the horizon)";
            case SPACE_AVAILABILITY -> placeCount + " outside opening hours or in a blackout or closure";
            case SPACE_CONFLICT -> placeCount + " taken by other engagements";
            case DELEGATION_CLASH -> placeCount + " overlapping other engagements of its delegations";
            case TRAVEL_TIME ->
                placeCount + " with too little travel time for its delegations to or from their " + "other engagements";
            case DELEGATION_SEPARATION -> placeCount + " meeting delegations kept apart from its own at one venue";
            case EVENT_ORDER -> placeCount + " breaking its order with the engagements before or after it";
            default -> throw new IllegalArgumentException("not a hard rule: " + rule);
        };
    }

    private String summary(EngagementBrief engagement, long candidates, long left) {
        String head = names.event(engagement.id()) + " is unscheduled (priority " + engagement.priority() + "): ";
        if (left == 0) {
            return head + "each of its " + candidates + " places breaks a hard rule";
        }
        return head + count(left, "place") + " of " + candidates + (left == 1 ? " breaks" : " break")
                + " no hard rule as the plan stands, so solving again may place it";
    }
}
