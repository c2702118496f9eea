package org.protocolplanner.tools.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An outside recount of the hard rules of docs/reference/constraints.md, written from the spec's words and
 * sharing no helper with the generator: intervals with the duration rounded up to the grain, busy
 * intervals with turnover, opening hours checked minute by minute, haversine travel, grades from
 * ranks, share floor from the words of a space's {@code parts}. Only events with a placement count.
 */
final class HardRuleRecount {

    /** The kinds of penalty that count only because two spaces share floor, as {@link #sharedFloorCases} tallies them. */
    static final String CONFLICT_WHOLE_THEN_PART = "space-conflict, the first event in a whole, the second in its part";

    static final String CONFLICT_PART_THEN_WHOLE = "space-conflict, the first event in a part, the second in its whole";
    static final String CONFLICT_TWO_WHOLES = "space-conflict, two wholes with a part in common";
    static final String BLOCK_OF_PART_IN_WHOLE = "space-availability, a part's blackout or closure for its whole";
    static final String BLOCK_OF_WHOLE_IN_PART = "space-availability, a whole's blackout or closure for its part";
    static final String BLOCK_OF_OTHER_WHOLE = "space-availability, a whole's blackout or closure for another whole";

    static final List<String> HARD_RULES = List.of(
            "space-capacity",
            "space-conflict",
            "delegation-clash",
            "travel-time",
            "security-grade",
            "space-availability",
            "event-window",
            "required-features",
            "excluded-space",
            "delegation-separation",
            "event-order");

    private record Scheduled(EventDoc event, SpaceDoc space, VenueDoc venue, LocalDateTime start, LocalDateTime end) {}

    private final PlanDocument plan;
    private final Map<String, Long> penalties = new LinkedHashMap<>();
    private final Map<String, Long> sharedFloor = new LinkedHashMap<>();
    private final List<SpaceDoc> allSpaces = new ArrayList<>();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final Map<String, Scheduled> byEventId = new HashMap<>();
    private final Map<String, DelegationDoc> delegations = new HashMap<>();

    private HardRuleRecount(PlanDocument plan, Map<String, Placement> assignment) {
        this.plan = plan;
        HARD_RULES.forEach(rule -> penalties.put(rule, 0L));
        Map<String, SpaceDoc> spaces = new HashMap<>();
        Map<String, VenueDoc> venueOfSpace = new HashMap<>();
        for (VenueDoc venue : plan.venues()) {
            for (SpaceDoc space : venue.spaces()) {
                spaces.put(space.id(), space);
                venueOfSpace.put(space.id(), venue);
                allSpaces.add(space);
            }
        }
        plan.delegations().forEach(d -> delegations.put(d.id(), d));
        int grain = plan.horizon().grainMinutes();
        for (EventDoc event : plan.events()) {
            Placement placement = assignment.get(event.id());
            if (placement != null) {
                int rounded = (int) Math.ceil(event.durationMinutes() / (double) grain) * grain;
                Scheduled s = new Scheduled(
                        event,
                        spaces.get(placement.spaceId()),
                        venueOfSpace.get(placement.spaceId()),
                        placement.start(),
                        placement.start().plusMinutes(rounded));
                scheduled.add(s);
                byEventId.put(event.id(), s);
            }
        }
    }

    /** Penalty per hard rule id, in catalogue order. */
    static Map<String, Long> count(PlanDocument plan, Map<String, Placement> assignment) {
        return recount(plan, assignment).penalties;
    }

    /**
     * How often a penalty counted only because two different spaces share floor, by kind (the constants
     * above): pairs of events for the conflicts, blackouts and closures for availability. Kinds that did
     * not occur are absent.
     */
    static Map<String, Long> sharedFloorCases(PlanDocument plan, Map<String, Placement> assignment) {
        return recount(plan, assignment).sharedFloor;
    }

    private static HardRuleRecount recount(PlanDocument plan, Map<String, Placement> assignment) {
        HardRuleRecount recount = new HardRuleRecount(plan, assignment);
        recount.countSingleEventRules();
        recount.countPairRules();
        recount.countDelegationRules();
        recount.countOrder();
        return recount;
    }

    /**
     * docs/reference/exchange-format.md: two spaces share floor when they are the same space, one is a part of the
     * other, or they have a part in common.
     */
    private static boolean shareFloor(SpaceDoc one, SpaceDoc other) {
        if (one.id().equals(other.id())) {
            return true;
        }
        if (one.parts().contains(other.id()) || other.parts().contains(one.id())) {
            return true;
        }
        for (String part : one.parts()) {
            if (other.parts().contains(part)) {
                return true;
            }
        }
        return false;
    }

    private void tally(String kind) {
        sharedFloor.merge(kind, 1L, Long::sum);
    }

    private void add(String rule, long amount) {
        penalties.merge(rule, amount, Long::sum);
    }

    private void countSingleEventRules() {
        for (Scheduled s : scheduled) {
            EventDoc e = s.event();
            Integer capacity = s.space().capacity().get(e.layout());
            add("space-capacity", capacity == null ? e.headcount() : Math.max(0, e.headcount() - capacity));
            add(
                    "security-grade",
                    Math.max(
                            0,
                            gradeSteps(requiredGrade(e)) - gradeSteps(s.venue().securityGrade())));
            add(
                    "required-features",
                    e.requiredFeatures().stream()
                            .filter(f -> !s.space().features().contains(f))
                            .count());
            add("excluded-space", e.excludedSpaces().contains(s.space().id()) ? 1 : 0);
            add("space-availability", availabilityPenalty(s));
            add("event-window", windowPenalty(s));
        }
    }

    private void countPairRules() {
        Set<List<String>> kept = separatedPairs();
        for (int i = 0; i < scheduled.size(); i++) {
            for (int j = i + 1; j < scheduled.size(); j++) {
                Scheduled a = scheduled.get(i);
                Scheduled b = scheduled.get(j);
                if (shareFloor(a.space(), b.space())) {
                    // Both busy intervals, each with the turnover of its own space.
                    long busyOverlap = overlap(
                            a.start(),
                            a.end().plusMinutes(a.space().turnoverMinutes()),
                            b.start(),
                            b.end().plusMinutes(b.space().turnoverMinutes()));
                    add("space-conflict", busyOverlap);
                    if (busyOverlap > 0 && !a.space().id().equals(b.space().id())) {
                        tally(
                                a.space().parts().contains(b.space().id())
                                        ? CONFLICT_WHOLE_THEN_PART
                                        : b.space().parts().contains(a.space().id())
                                                ? CONFLICT_PART_THEN_WHOLE
                                                : CONFLICT_TWO_WHOLES);
                    }
                }
                long together = overlap(a.start(), a.end(), b.start(), b.end());
                if (together > 0 && a.venue().id().equals(b.venue().id())) {
                    for (List<String> pair : kept) {
                        String p = pair.get(0);
                        String q = pair.get(1);
                        boolean meet = a.event().delegations().contains(p)
                                        && b.event().delegations().contains(q)
                                || a.event().delegations().contains(q)
                                        && b.event().delegations().contains(p);
                        if (meet) {
                            add("delegation-separation", together);
                        }
                    }
                }
            }
        }
    }

    private void countDelegationRules() {
        double speed = plan.travel().speedKmh();
        double road = plan.travel().roadFactor();
        int fixed = plan.travel().fixedMinutes();
        for (DelegationDoc delegation : plan.delegations()) {
            List<Scheduled> attended = scheduled.stream()
                    .filter(s -> s.event().delegations().contains(delegation.id()))
                    .toList();
            for (int i = 0; i < attended.size(); i++) {
                for (int j = 0; j < attended.size(); j++) {
                    Scheduled a = attended.get(i);
                    Scheduled b = attended.get(j);
                    if (i < j) {
                        add("delegation-clash", overlap(a.start(), a.end(), b.start(), b.end()));
                    }
                    if (i != j
                            && !b.start().isBefore(a.end())
                            && !a.venue().id().equals(b.venue().id())) {
                        double km = haversineKm(
                                a.venue().lat(),
                                a.venue().lon(),
                                b.venue().lat(),
                                b.venue().lon());
                        long needed = (long) Math.ceil(fixed + km * road / speed * 60 - 1e-9);
                        long gap = minutes(a.end(), b.start());
                        add("travel-time", Math.max(0, needed - gap));
                    }
                }
            }
        }
    }

    private void countOrder() {
        for (Scheduled b : scheduled) {
            for (String before : b.event().after()) {
                Scheduled a = byEventId.get(before);
                if (a != null) {
                    add("event-order", Math.max(0, minutes(b.start(), a.end())));
                }
            }
        }
    }

    /**
     * Minutes outside the union of the space's own daily windows, plus minutes inside each blackout and
     * closure of the space and of every space that shares floor with it.
     */
    private long availabilityPenalty(Scheduled s) {
        long penalty = 0;
        List<OpeningWindow> open = s.space().open();
        if (!open.isEmpty()) {
            for (LocalDateTime m = s.start(); m.isBefore(s.end()); m = m.plusMinutes(1)) {
                int minuteOfDay = m.getHour() * 60 + m.getMinute();
                if (open.stream().noneMatch(w -> w.fromMinute() <= minuteOfDay && minuteOfDay < w.toMinute())) {
                    penalty++;
                }
            }
        }
        for (SpaceDoc floor : allSpaces) {
            if (!shareFloor(s.space(), floor)) {
                continue;
            }
            long blocked = 0;
            for (Period blackout : floor.blackouts()) {
                blocked += overlap(s.start(), s.end(), blackout.start(), blackout.end());
            }
            for (ClosureDoc closure : plan.closures()) {
                if (closure.spaceId().equals(floor.id())) {
                    blocked += overlap(s.start(), s.end(), closure.start(), closure.end());
                }
            }
            penalty += blocked;
            if (blocked > 0 && !floor.id().equals(s.space().id())) {
                tally(
                        s.space().parts().contains(floor.id())
                                ? BLOCK_OF_PART_IN_WHOLE
                                : floor.parts().contains(s.space().id())
                                        ? BLOCK_OF_WHOLE_IN_PART
                                        : BLOCK_OF_OTHER_WHOLE);
            }
        }
        return penalty;
    }

    private long windowPenalty(Scheduled s) {
        EventDoc e = s.event();
        long penalty = 0;
        if (e.earliestStart() != null) {
            penalty += Math.max(0, minutes(s.start(), e.earliestStart()));
        }
        if (e.latestEnd() != null) {
            penalty += Math.max(0, minutes(e.latestEnd(), s.end()));
        }
        for (String id : e.delegations()) {
            DelegationDoc d = delegations.get(id);
            penalty += Math.max(0, minutes(s.start(), d.arrival()));
            penalty += Math.max(0, minutes(d.departure(), s.end()));
        }
        penalty += Math.max(0, minutes(s.start(), plan.horizon().start()));
        penalty += Math.max(0, minutes(plan.horizon().end(), s.end()));
        return penalty;
    }

    /** A if a head of state or government attends, B for deputies, ministers, organisation heads, else C. */
    private SecurityGrade requiredGrade(EventDoc e) {
        SecurityGrade grade = SecurityGrade.C;
        for (String id : e.delegations()) {
            SecurityGrade byRank = switch (delegations.get(id).headRank()) {
                case HEAD_OF_STATE, HEAD_OF_GOVERNMENT -> SecurityGrade.A;
                case DEPUTY_HEAD, MINISTER, INTERNATIONAL_ORGANIZATION_HEAD -> SecurityGrade.B;
                case SENIOR_OFFICIAL -> SecurityGrade.C;
            };
            grade = gradeSteps(byRank) > gradeSteps(grade) ? byRank : grade;
        }
        if (e.minSecurityGrade() != null && gradeSteps(e.minSecurityGrade()) > gradeSteps(grade)) {
            grade = e.minSecurityGrade();
        }
        return grade;
    }

    private static int gradeSteps(SecurityGrade grade) {
        return switch (grade) {
            case A -> 3;
            case B -> 2;
            case C -> 1;
        };
    }

    /** Separated pairs, each once as a sorted pair of ids: either side may list the other. */
    private Set<List<String>> separatedPairs() {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (DelegationDoc d : plan.delegations()) {
            for (String other : d.separateFrom()) {
                pairs.add(d.id().compareTo(other) < 0 ? List.of(d.id(), other) : List.of(other, d.id()));
            }
        }
        return pairs;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dPhi / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    /** Minutes from {@code from} to {@code to}, negative when {@code to} is earlier. */
    private static long minutes(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }

    private static long overlap(LocalDateTime s1, LocalDateTime e1, LocalDateTime s2, LocalDateTime e2) {
        LocalDateTime start = s1.isAfter(s2) ? s1 : s2;
        LocalDateTime end = e1.isBefore(e2) ? e1 : e2;
        return Math.max(0, minutes(start, end));
    }
}
