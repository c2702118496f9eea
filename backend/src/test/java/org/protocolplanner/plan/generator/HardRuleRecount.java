package org.protocolplanner.plan.generator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.plan.exchange.ClosureDoc;
import org.protocolplanner.plan.exchange.DelegationDoc;
import org.protocolplanner.plan.exchange.EventDoc;
import org.protocolplanner.plan.exchange.OpeningWindow;
import org.protocolplanner.plan.exchange.Period;
import org.protocolplanner.plan.exchange.Placement;
import org.protocolplanner.plan.exchange.PlanDocument;
import org.protocolplanner.plan.exchange.SpaceDoc;
import org.protocolplanner.plan.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * An outside recount of the hard rules of constraints.md, written from the spec's words and
 * sharing no helper with the generator: intervals with the duration rounded up to the grain, busy
 * intervals with turnover, opening hours checked minute by minute, haversine travel, grades from
 * ranks. Only events with a placement count.
 */
final class HardRuleRecount {

    static final List<String> HARD_RULES = List.of("space-capacity", "space-conflict", "delegation-clash",
            "travel-time", "security-grade", "space-availability", "event-window", "required-features",
            "excluded-space", "delegation-separation", "event-order");

    private record Scheduled(EventDoc event, SpaceDoc space, VenueDoc venue, LocalDateTime start, LocalDateTime end) {
    }

    private final PlanDocument plan;
    private final Map<String, Long> penalties = new LinkedHashMap<>();
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
            }
        }
        plan.delegations().forEach(d -> delegations.put(d.id(), d));
        int grain = plan.horizon().grainMinutes();
        for (EventDoc event : plan.events()) {
            Placement placement = assignment.get(event.id());
            if (placement != null) {
                int rounded = (int) Math.ceil(event.durationMinutes() / (double) grain) * grain;
                Scheduled s = new Scheduled(event, spaces.get(placement.spaceId()),
                        venueOfSpace.get(placement.spaceId()), placement.start(),
                        placement.start().plusMinutes(rounded));
                scheduled.add(s);
                byEventId.put(event.id(), s);
            }
        }
    }

    /** Penalty per hard rule id, in catalogue order. */
    static Map<String, Long> count(PlanDocument plan, Map<String, Placement> assignment) {
        HardRuleRecount recount = new HardRuleRecount(plan, assignment);
        recount.countSingleEventRules();
        recount.countPairRules();
        recount.countDelegationRules();
        recount.countOrder();
        return recount.penalties;
    }

    private void add(String rule, long amount) {
        penalties.merge(rule, amount, Long::sum);
    }

    private void countSingleEventRules() {
        for (Scheduled s : scheduled) {
            EventDoc e = s.event();
            Integer capacity = s.space().capacity().get(e.layout());
            add("space-capacity", capacity == null ? e.headcount() : Math.max(0, e.headcount() - capacity));
            add("security-grade", Math.max(0, gradeSteps(requiredGrade(e)) - gradeSteps(s.venue().securityGrade())));
            add("required-features",
                    e.requiredFeatures().stream().filter(f -> !s.space().features().contains(f)).count());
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
                if (a.space().id().equals(b.space().id())) {
                    add("space-conflict", overlap(a.start(), a.end().plusMinutes(a.space().turnoverMinutes()),
                            b.start(), b.end().plusMinutes(b.space().turnoverMinutes())));
                }
                long together = overlap(a.start(), a.end(), b.start(), b.end());
                if (together > 0 && a.venue().id().equals(b.venue().id())) {
                    for (List<String> pair : kept) {
                        String p = pair.get(0);
                        String q = pair.get(1);
                        boolean meet = a.event().delegations().contains(p) && b.event().delegations().contains(q)
                                || a.event().delegations().contains(q) && b.event().delegations().contains(p);
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
                    .filter(s -> s.event().delegations().contains(delegation.id())).toList();
            for (int i = 0; i < attended.size(); i++) {
                for (int j = 0; j < attended.size(); j++) {
                    Scheduled a = attended.get(i);
                    Scheduled b = attended.get(j);
                    if (i < j) {
                        add("delegation-clash", overlap(a.start(), a.end(), b.start(), b.end()));
                    }
                    if (i != j && !b.start().isBefore(a.end()) && !a.venue().id().equals(b.venue().id())) {
                        double km = haversineKm(a.venue().lat(), a.venue().lon(), b.venue().lat(), b.venue().lon());
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

    /** Minutes outside the union of the daily windows, plus minutes inside each blackout and closure. */
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
        for (Period blackout : s.space().blackouts()) {
            penalty += overlap(s.start(), s.end(), blackout.start(), blackout.end());
        }
        for (ClosureDoc closure : plan.closures()) {
            if (closure.spaceId().equals(s.space().id())) {
                penalty += overlap(s.start(), s.end(), closure.start(), closure.end());
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
