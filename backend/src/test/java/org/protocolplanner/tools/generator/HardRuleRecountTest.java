package org.protocolplanner.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * The outside recount must itself be right before it can vouch for a witness: it reproduces,
 * rule by rule, the hand-counted example of docs/reference/constraints.md (src/test/resources/examples/hard-rules-*.json,
 * rebuilt here field by field).
 */
class HardRuleRecountTest {

    private static final LocalDateTime DAY1 = LocalDateTime.of(2026, 9, 1, 0, 0);
    private static final LocalDateTime DAY2 = DAY1.plusDays(1);

    @Test
    void reproducesTheWorkedExampleOfTheConstraintCatalogue() {
        Map<String, Long> penalties = HardRuleRecount.count(workedExample(), workedExampleAssignment());

        assertThat(penalties)
                .containsExactly(
                        Map.entry("space-capacity", 30L),
                        Map.entry("space-conflict", 120L),
                        Map.entry("delegation-clash", 30L),
                        Map.entry("travel-time", 18L),
                        Map.entry("security-grade", 5L),
                        Map.entry("space-availability", 150L),
                        Map.entry("event-window", 150L),
                        Map.entry("required-features", 1L),
                        Map.entry("excluded-space", 0L),
                        Map.entry("delegation-separation", 60L),
                        Map.entry("event-order", 30L));
        assertThat(penalties.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(594);
    }

    @Test
    void countsAnExcludedSpace() {
        PlanDocument plan = workedExample();
        EventDoc e2 = plan.events().get(1);
        EventDoc excluding = new EventDoc(
                e2.id(),
                e2.title(),
                e2.type(),
                e2.delegations(),
                e2.headcount(),
                e2.layout(),
                e2.durationMinutes(),
                e2.requiredFeatures(),
                null,
                null,
                null,
                List.of(),
                List.of("S1"),
                1,
                List.of(),
                null,
                null,
                false);
        PlanDocument changed = new PlanDocument(
                plan.name(),
                plan.timeZone(),
                plan.horizon(),
                plan.travel(),
                plan.venues(),
                plan.delegations(),
                List.of(excluding),
                List.of(),
                Map.of());

        assertThat(HardRuleRecount.count(changed, Map.of("E2", new Placement("S1", DAY1.plusHours(10)))))
                .containsEntry("excluded-space", 1L);
    }

    /**
     * Halls A (30 min turnover) and B make hall AB (60), halls B and C make hall BC: AB shares floor with
     * A, B and BC, BC with B, C and AB; A, B and C share none, nor do AB and C or BC and A. Counted by hand.
     */
    @Test
    void countsConflictsAndBlocksAcrossSpacesThatShareFloor() {
        PlanDocument plan = dividedHalls();
        Map<String, Placement> assignment = new LinkedHashMap<>();
        // AB busy 09:00-11:00 against A busy 10:00-11:30 (60) and B busy 10:30-11:30 (30); A and B do not meet.
        assignment.put("F1", new Placement("AB", DAY1.plusHours(9)));
        assignment.put("F2", new Placement("A", DAY1.plusHours(10)));
        assignment.put("F3", new Placement("B", DAY1.plusHours(10).plusMinutes(30)));
        // BC busy 10:45-11:45 against AB (15), B (45) and C busy 11:30-12:30 (15).
        assignment.put("F4", new Placement("BC", DAY1.plusHours(10).plusMinutes(45)));
        assignment.put("F5", new Placement("C", DAY1.plusHours(11).plusMinutes(30)));
        // AB at 14:30 meets A's blackout (30); BC at 16:30 meets the closure of C (30).
        assignment.put("F6", new Placement("AB", DAY1.plusHours(14).plusMinutes(30)));
        assignment.put("F7", new Placement("BC", DAY1.plusHours(16).plusMinutes(30)));
        // AB's blackouts at 18:00 block its part B (60) and BC, which shares B (30), but not C.
        assignment.put("F8", new Placement("B", DAY1.plusHours(18)));
        assignment.put("F9", new Placement("BC", DAY2.plusHours(18).plusMinutes(30)));
        assignment.put("F10", new Placement("C", DAY1.plusHours(18)));

        Map<String, Long> penalties = HardRuleRecount.count(plan, assignment);

        assertThat(penalties)
                .containsEntry("space-conflict", 60L + 30 + 15 + 45 + 15)
                .containsEntry("space-availability", 30L + 30 + 60 + 30);
        assertThat(HardRuleRecount.sharedFloorCases(plan, assignment))
                .containsOnly(
                        Map.entry(HardRuleRecount.CONFLICT_WHOLE_THEN_PART, 3L),
                        Map.entry(HardRuleRecount.CONFLICT_PART_THEN_WHOLE, 1L),
                        Map.entry(HardRuleRecount.CONFLICT_TWO_WHOLES, 1L),
                        Map.entry(HardRuleRecount.BLOCK_OF_PART_IN_WHOLE, 2L),
                        Map.entry(HardRuleRecount.BLOCK_OF_WHOLE_IN_PART, 1L),
                        Map.entry(HardRuleRecount.BLOCK_OF_OTHER_WHOLE, 1L));
    }

    private static PlanDocument dividedHalls() {
        Map<Layout, Integer> seats = Map.of(Layout.THEATRE, 100);
        List<SpaceDoc> halls = List.of(
                new SpaceDoc(
                        "A",
                        "A",
                        seats,
                        List.of(),
                        30,
                        List.of(),
                        List.of(),
                        List.of(new Period(DAY1.plusHours(14), DAY1.plusHours(15), "works"))),
                new SpaceDoc("B", "B", seats, List.of(), 0, List.of(), List.of()),
                new SpaceDoc("C", "C", seats, List.of(), 0, List.of(), List.of()),
                new SpaceDoc(
                        "AB",
                        "AB",
                        seats,
                        List.of(),
                        60,
                        List.of(),
                        List.of("A", "B"),
                        List.of(
                                new Period(DAY1.plusHours(18), DAY1.plusHours(19), "sweep"),
                                new Period(DAY2.plusHours(18), DAY2.plusHours(19), "sweep"))),
                new SpaceDoc("BC", "BC", seats, List.of(), 0, List.of(), List.of("B", "C"), List.of()));
        PlanDocument example = workedExample();
        List<EventDoc> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            events.add(event("F" + i, EventType.BRIEFING, "D1", 10, Layout.THEATRE, 60, List.of(), null, 1, List.of()));
        }
        return new PlanDocument(
                "divided halls",
                "Asia/Shanghai",
                example.horizon(),
                example.travel(),
                List.of(new VenueDoc("V3", "Three", 39.95, 116.4, SecurityGrade.A, 5, halls)),
                example.delegations(),
                events,
                List.of(new ClosureDoc("C", DAY1.plusHours(16), DAY1.plusHours(17), "booked", false)),
                Map.of());
    }

    static PlanDocument workedExample() {
        Map<Layout, Integer> hallCapacity = new EnumMap<>(Layout.class);
        hallCapacity.put(Layout.THEATRE, 100);
        hallCapacity.put(Layout.BANQUET, 50);
        SpaceDoc hall = new SpaceDoc(
                "S1",
                "Hall",
                hallCapacity,
                List.of(Feature.INTERPRETATION),
                30,
                List.of(new OpeningWindow(8 * 60, 12 * 60), new OpeningWindow(11 * 60, 18 * 60)),
                List.of(new Period(DAY2.plusHours(8), DAY2.plusHours(9), "sweep")));
        SpaceDoc room = new SpaceDoc("S2", "Room", Map.of(Layout.ROUNDTABLE, 20), List.of(), 0, List.of(), List.of());
        List<VenueDoc> venues = List.of(
                new VenueDoc("V1", "One", 39.9, 116.4, SecurityGrade.A, 5, List.of(hall)),
                new VenueDoc("V2", "Two", 40.0, 116.4, SecurityGrade.C, 5, List.of(room)));
        LocalDateTime arrival = DAY1.plusHours(8);
        LocalDateTime departure = DAY2.plusHours(18);
        List<DelegationDoc> delegations = List.of(
                new DelegationDoc("D1", "KE", "A", HeadRank.HEAD_OF_STATE, 5, arrival, departure, null, List.of("D2")),
                new DelegationDoc("D2", "BR", "B", HeadRank.MINISTER, 5, arrival, departure, null, List.of()));
        List<EventDoc> events = List.of(
                event(
                        "E1",
                        EventType.PLENARY,
                        "D1",
                        120,
                        Layout.THEATRE,
                        60,
                        List.of(Feature.INTERPRETATION),
                        null,
                        1,
                        List.of()),
                event("E2", EventType.BRIEFING, "D2", 10, Layout.ROUNDTABLE, 60, List.of(), null, 1, List.of()),
                event(
                        "E3",
                        EventType.BILATERAL_TALKS,
                        "D1",
                        10,
                        Layout.ROUNDTABLE,
                        40,
                        List.of(Feature.INTERPRETATION),
                        null,
                        1,
                        List.of()),
                event("E4", EventType.BRIEFING, "D2", 10, Layout.ROUNDTABLE, 30, List.of(), null, 1, List.of()),
                event(
                        "E5",
                        EventType.BRIEFING,
                        "D1",
                        10,
                        Layout.THEATRE,
                        60,
                        List.of(),
                        DAY1.plusHours(14),
                        1,
                        List.of("E1")),
                event("E6", EventType.BRIEFING, "D2", 10, Layout.THEATRE, 60, List.of(), null, 1, List.of("E5")),
                event("E7", EventType.BRIEFING, "D1", 10, Layout.THEATRE, 120, List.of(), null, 1, List.of()),
                event("E8", EventType.BRIEFING, "D2", 10, Layout.THEATRE, 60, List.of(), null, 1, List.of()),
                event("E9", EventType.BRIEFING, "D2", 10, Layout.THEATRE, 60, List.of(), null, 7, List.of()),
                event("E10", EventType.BRIEFING, "D1", 10, Layout.ROUNDTABLE, 30, List.of(), null, 1, List.of()));
        return new PlanDocument(
                "checker self-test",
                "Asia/Shanghai",
                new Horizon(DAY1, DAY1.plusDays(2), 15),
                new TravelModel(30, 1.0, 10),
                venues,
                delegations,
                events,
                List.of(),
                Map.of());
    }

    /** E9 is left unscheduled; E10 sits at its pin. */
    static Map<String, Placement> workedExampleAssignment() {
        Map<String, Placement> assignment = new LinkedHashMap<>();
        assignment.put("E1", new Placement("S1", DAY1.plusHours(9)));
        assignment.put("E2", new Placement("S1", DAY1.plusHours(10)));
        assignment.put("E3", new Placement("S2", DAY1.plusHours(10).plusMinutes(15)));
        assignment.put("E4", new Placement("S2", DAY1.plusHours(10).plusMinutes(30)));
        assignment.put("E5", new Placement("S1", DAY1.plusHours(12)));
        assignment.put("E6", new Placement("S1", DAY1.plusHours(12).plusMinutes(30)));
        assignment.put("E7", new Placement("S1", DAY2.plusHours(7)));
        assignment.put("E8", new Placement("S1", DAY2.plusHours(17).plusMinutes(30)));
        assignment.put("E10", new Placement("S2", DAY2.plusHours(12)));
        return assignment;
    }

    private static EventDoc event(
            String id,
            EventType type,
            String delegation,
            int headcount,
            Layout layout,
            int duration,
            List<Feature> features,
            LocalDateTime earliestStart,
            int priority,
            List<String> after) {
        return new EventDoc(
                id,
                "t",
                type,
                List.of(delegation),
                headcount,
                layout,
                duration,
                features,
                null,
                earliestStart,
                null,
                List.of(),
                List.of(),
                priority,
                after,
                null,
                null,
                false);
    }
}
