package org.protocolplanner.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.ScheduleDraft;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * Many small random plans and assignments, scored by the solver's constraints and recounted from
 * the spec's words by {@link HardRuleRecount} (which shares no helper with production code): the
 * hard rows, the hard score and the medium score must agree exactly, for the whole assignment and
 * after each random move applied through a live incremental score director. Plans are passed
 * through the exchange format's writer and reader so that every one is a well-formed document.
 * Most plans have a divisible hall or two, and half the placements go to those halls near another
 * event or a blackout there, so that spaces that share floor meet in every way; the test checks that
 * they did.
 */
class RandomPlanScoringTest {

    private static final int PLANS = 30;
    private static final int MOVES_PER_PLAN = 15;
    private static final LocalDateTime START = LocalDateTime.of(2027, 5, 10, 0, 0);
    /** The divisible halls of the first venue and their parts. */
    private static final String HALL_PREFIX = "v0-hall-";

    private final ScheduleScorer scorer = new ScheduleScorer();
    /** Over all plans and moves, how often a penalty counted only because two spaces share floor, by kind. */
    private final Map<String, Long> sharedFloorCases = new HashMap<>();

    @Test
    void solverScoresEqualAnIndependentRecountOnRandomPlansAndAfterRandomMoves() {
        long firstSeed = new Random().nextLong();
        for (int i = 0; i < PLANS; i++) {
            long seed = firstSeed + i;
            try {
                checkPlan(seed);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(
                        "random plan with seed " + seed + " (rerun with it): " + failure.getMessage(), failure);
            }
        }
        // Not vacuous: the solver met shared floor in every direction the recount tells apart.
        assertThat(sharedFloorCases)
                .as("seeds from %d", firstSeed)
                .containsKeys(
                        HardRuleRecount.CONFLICT_WHOLE_THEN_PART, HardRuleRecount.CONFLICT_PART_THEN_WHOLE,
                        HardRuleRecount.CONFLICT_TWO_WHOLES, HardRuleRecount.BLOCK_OF_PART_IN_WHOLE,
                        HardRuleRecount.BLOCK_OF_WHOLE_IN_PART, HardRuleRecount.BLOCK_OF_OTHER_WHOLE);
    }

    private Map<String, Long> recount(PlanDocument plan, Map<String, Placement> assignment) {
        HardRuleRecount.sharedFloorCases(plan, assignment)
                .forEach((kind, count) -> sharedFloorCases.merge(kind, count, Long::sum));
        return HardRuleRecount.count(plan, assignment);
    }

    private void checkPlan(long seed) {
        Random random = new Random(seed);
        PlanDocument plan = wellFormed(randomPlan(random));
        Map<String, Placement> assignment = randomAssignment(plan, random);

        SolutionDocument scored = scorer.score(plan, assignment);
        Map<String, Long> recount = recount(plan, assignment);
        for (SolutionDocument.ConstraintRow row : scored.constraints()) {
            if (row.level().equals("HARD")) {
                assertThat(row.score()).as("rule %s", row.id()).isEqualTo(-recount.get(row.id()));
            }
        }
        assertThat(scored.score().hard()).isEqualTo(-sum(recount));
        assertThat(scored.score().medium()).isEqualTo(-unscheduledPriority(plan, assignment));

        try (ScheduleDraft draft = scorer.draft(plan, assignment)) {
            for (int move = 0; move < MOVES_PER_PLAN; move++) {
                EventDoc event = plan.events().get(random.nextInt(plan.events().size()));
                if (event.pinned() != null) {
                    continue;
                }
                Placement placement = random.nextInt(5) == 0 ? null : placement(plan, assignment, event, random);
                Map<String, Placement> moved = new HashMap<>(assignment);
                if (placement == null) {
                    moved.remove(event.id());
                } else {
                    moved.put(event.id(), placement);
                }
                ScoreDoc preview = draft.preview(event.id(), placement).preview();
                assertThat(preview.hard())
                        .as("hard after moving %s to %s", event.id(), placement)
                        .isEqualTo(-sum(recount(plan, moved)));
                assertThat(preview.medium())
                        .as("medium after moving %s to %s", event.id(), placement)
                        .isEqualTo(-unscheduledPriority(plan, moved));
            }
        }
    }

    private static PlanDocument wellFormed(PlanDocument plan) {
        return new PlanDocumentReader().read(new PlanDocumentWriter().write(plan));
    }

    private static long sum(Map<String, Long> penalties) {
        return penalties.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long unscheduledPriority(PlanDocument plan, Map<String, Placement> assignment) {
        return plan.events().stream()
                .filter(event -> !assignment.containsKey(event.id()))
                .mapToLong(EventDoc::priority)
                .sum();
    }

    /** Three quarters of the events placed, each by {@link #placement}; pinned ones at their pin. */
    private static Map<String, Placement> randomAssignment(PlanDocument plan, Random random) {
        Map<String, Placement> assignment = new LinkedHashMap<>();
        for (EventDoc event : plan.events()) {
            if (event.pinned() != null) {
                assignment.put(event.id(), event.pinned());
            } else if (random.nextInt(4) > 0) {
                assignment.put(event.id(), placement(plan, assignment, event, random));
            }
        }
        return assignment;
    }

    /**
     * Two times in three, in a plan with divisible halls, one of those halls near an event placed there
     * (or, one time in three or when there is none, near one of their blackouts), up to two grains from
     * its start, half of those times in a hall made of parts; otherwise anywhere.
     */
    private static Placement placement(
            PlanDocument plan, Map<String, Placement> assignment, EventDoc event, Random random) {
        List<SpaceDoc> halls = plan.venues().get(0).spaces().stream()
                .filter(space -> space.id().startsWith(HALL_PREFIX))
                .toList();
        if (halls.isEmpty() || random.nextInt(3) == 0) {
            return randomPlacement(plan, event, random);
        }
        List<LocalDateTime> anchors = new ArrayList<>();
        assignment.values().stream()
                .filter(placed -> halls.stream().anyMatch(hall -> hall.id().equals(placed.spaceId())))
                .forEach(placed -> anchors.add(placed.start()));
        if (anchors.isEmpty() || random.nextInt(3) == 0) {
            anchors.clear();
            halls.forEach(hall -> hall.blackouts().forEach(blackout -> anchors.add(blackout.start())));
        }
        Horizon horizon = plan.horizon();
        int grain = horizon.grainMinutes();
        LocalDateTime anchor = pick(random, anchors);
        // On the grid of the horizon, whatever the anchor's minute.
        long grains = java.time.Duration.between(horizon.start(), anchor).toMinutes() / grain + random.nextInt(5) - 2;
        long lastGrain =
                java.time.Duration.between(horizon.start(), horizon.end()).toMinutes() / grain - 1;
        LocalDateTime start = horizon.start().plusMinutes(Math.max(0, Math.min(lastGrain, grains)) * grain);
        List<SpaceDoc> wholes =
                halls.stream().filter(hall -> !hall.parts().isEmpty()).toList();
        return new Placement(pick(random, random.nextBoolean() ? wholes : halls).id(), start);
    }

    private static Placement randomPlacement(PlanDocument plan, EventDoc event, Random random) {
        List<SpaceDoc> spaces =
                plan.venues().stream().flatMap(venue -> venue.spaces().stream()).toList();
        Horizon horizon = plan.horizon();
        int grain = horizon.grainMinutes();
        long minutes =
                java.time.Duration.between(horizon.start(), horizon.end()).toMinutes();
        int starts = (int) (minutes / grain);
        return new Placement(
                spaces.get(random.nextInt(spaces.size())).id(),
                horizon.start().plusMinutes((long) random.nextInt(starts) * grain));
    }

    private static PlanDocument randomPlan(Random random) {
        int days = 1 + random.nextInt(2);
        int grain = random.nextBoolean() ? 15 : 30;
        List<VenueDoc> venues = new ArrayList<>();
        // Three plans in four have a venue with divisible halls.
        boolean divisible = random.nextInt(4) > 0;
        for (int v = 0; v < 2 + random.nextInt(3); v++) {
            List<SpaceDoc> spaces = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(3); s++) {
                spaces.add(randomSpace(random, "v" + v + "-s" + s, days));
            }
            if (v == 0 && divisible) {
                spaces.addAll(dividedHalls(random, days));
            }
            venues.add(new VenueDoc(
                    "v" + v,
                    "Venue " + v,
                    39.8 + random.nextDouble() * 0.2,
                    116.2 + random.nextDouble() * 0.3,
                    pick(random, SecurityGrade.values()),
                    1 + random.nextInt(10),
                    spaces));
        }
        List<String> spaceIds = venues.stream()
                .flatMap(venue -> venue.spaces().stream())
                .map(SpaceDoc::id)
                .toList();
        int delegationCount = 2 + random.nextInt(4);
        List<DelegationDoc> delegations = new ArrayList<>();
        for (int d = 0; d < delegationCount; d++) {
            LocalDateTime arrival = START.plusMinutes(random.nextInt(days * 24 * 60 / 2));
            LocalDateTime departure = arrival.plusMinutes(240 + random.nextInt(days * 24 * 60));
            List<String> separateFrom = d > 0 && random.nextInt(3) == 0 ? List.of("d" + random.nextInt(d)) : List.of();
            delegations.add(new DelegationDoc(
                    "d" + d,
                    null,
                    "Delegation " + d,
                    pick(random, HeadRank.values()),
                    5 + random.nextInt(30),
                    arrival,
                    departure,
                    null,
                    separateFrom));
        }
        List<EventDoc> events = new ArrayList<>();
        for (int e = 0; e < 4 + random.nextInt(7); e++) {
            events.add(randomEvent(random, "e" + e, delegationCount, spaceIds, events, days, grain));
        }
        List<ClosureDoc> closures = new ArrayList<>();
        if (random.nextBoolean()) {
            LocalDateTime from = START.plusMinutes(random.nextInt(days * 24 * 60 - 120));
            closures.add(new ClosureDoc(
                    pick(random, spaceIds), from, from.plusMinutes(30 + random.nextInt(180)), "works", false));
        }
        return new PlanDocument(
                "random plan",
                PlanDocument.DEFAULT_TIME_ZONE,
                new Horizon(START, START.plusDays(days), grain),
                new TravelModel(30, 1.0 + random.nextDouble(), random.nextInt(15)),
                venues,
                delegations,
                events,
                closures,
                Map.of());
    }

    /**
     * Halls a and b, and hall ab made of them, listed in random order; three times in four also hall c and
     * hall bc made of b and c, so that two wholes have a part in common. Each has a blackout or two.
     */
    private static List<SpaceDoc> dividedHalls(Random random, int days) {
        String a = HALL_PREFIX + "a";
        String b = HALL_PREFIX + "b";
        String c = HALL_PREFIX + "c";
        List<SpaceDoc> halls = new ArrayList<>();
        halls.add(blackedOut(randomSpace(random, a, days), random, days));
        halls.add(blackedOut(randomSpace(random, b, days), random, days));
        halls.add(divided(blackedOut(randomSpace(random, HALL_PREFIX + "ab", days), random, days), List.of(a, b)));
        if (random.nextInt(4) > 0) {
            halls.add(blackedOut(randomSpace(random, c, days), random, days));
            halls.add(divided(blackedOut(randomSpace(random, HALL_PREFIX + "bc", days), random, days), List.of(b, c)));
        }
        Collections.shuffle(halls, random);
        return halls;
    }

    private static SpaceDoc blackedOut(SpaceDoc space, Random random, int days) {
        List<Period> blackouts = new ArrayList<>(space.blackouts());
        if (blackouts.isEmpty()) {
            LocalDateTime from = START.plusMinutes(random.nextInt(days * 24 * 60 - 60));
            blackouts.add(new Period(from, from.plusMinutes(15 + random.nextInt(120)), "works"));
        }
        return new SpaceDoc(
                space.id(),
                space.name(),
                space.capacity(),
                space.features(),
                space.turnoverMinutes(),
                space.open(),
                space.parts(),
                blackouts);
    }

    private static SpaceDoc divided(SpaceDoc space, List<String> parts) {
        return new SpaceDoc(
                space.id(),
                space.name(),
                space.capacity(),
                space.features(),
                space.turnoverMinutes(),
                space.open(),
                parts,
                space.blackouts());
    }

    private static SpaceDoc randomSpace(Random random, String id, int days) {
        Map<Layout, Integer> capacity = new EnumMap<>(Layout.class);
        for (Layout layout : Layout.values()) {
            if (random.nextInt(3) > 0) {
                capacity.put(layout, 10 + random.nextInt(150));
            }
        }
        List<Feature> features = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            if (random.nextBoolean()) {
                features.add(feature);
            }
        }
        List<OpeningWindow> open = switch (random.nextInt(3)) {
            case 0 -> List.of();
            case 1 -> List.of(new OpeningWindow(8 * 60, 18 * 60));
            default -> List.of(new OpeningWindow(8 * 60, 12 * 60), new OpeningWindow(11 * 60, 20 * 60 + 30));
        };
        List<Period> blackouts = new ArrayList<>();
        for (int b = 0; b < random.nextInt(3); b++) {
            LocalDateTime from = START.plusMinutes(random.nextInt(days * 24 * 60 - 60));
            blackouts.add(new Period(from, from.plusMinutes(15 + random.nextInt(120)), "maintenance"));
        }
        return new SpaceDoc(id, "Hall " + id, capacity, features, random.nextInt(3) * 15, open, blackouts);
    }

    private static EventDoc randomEvent(
            Random random,
            String id,
            int delegationCount,
            List<String> spaceIds,
            List<EventDoc> earlier,
            int days,
            int grain) {
        List<String> attending = new ArrayList<>();
        for (int d = 0; d < delegationCount; d++) {
            if (random.nextInt(3) == 0) {
                attending.add("d" + d);
            }
        }
        if (attending.isEmpty()) {
            attending.add("d" + random.nextInt(delegationCount));
        }
        List<Feature> features = random.nextBoolean() ? List.of(pick(random, Feature.values())) : List.of();
        LocalDateTime earliest = random.nextInt(3) == 0 ? START.plusMinutes(random.nextInt(days * 24 * 60)) : null;
        LocalDateTime latestEnd = random.nextInt(3) == 0 && earliest == null
                ? START.plusMinutes(60 + random.nextInt(days * 24 * 60 - 60))
                : null;
        List<String> excluded = random.nextInt(3) == 0 ? List.of(pick(random, spaceIds)) : List.of();
        List<String> after = !earlier.isEmpty() && random.nextInt(3) == 0
                ? List.of(earlier.get(random.nextInt(earlier.size())).id())
                : List.of();
        // A pin is kept and its violations count, so a pin anywhere is fair game.
        Placement pinned = random.nextInt(6) == 0
                ? new Placement(
                        pick(random, spaceIds),
                        START.plusMinutes((long) random.nextInt(days * 24 * 60 / grain) * grain))
                : null;
        return new EventDoc(
                id,
                "Engagement " + id,
                pick(random, EventType.values()),
                attending,
                5 + random.nextInt(140),
                pick(random, Layout.values()),
                20 + random.nextInt(120),
                features,
                random.nextBoolean() ? null : pick(random, SecurityGrade.values()),
                earliest,
                latestEnd,
                List.of(),
                excluded,
                1 + random.nextInt(10),
                after,
                pinned,
                null,
                false);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
