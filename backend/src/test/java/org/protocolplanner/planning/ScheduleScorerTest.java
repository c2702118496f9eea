package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.WORKED_EXAMPLE_SOLUTION;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.at;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.resource;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withWeights;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExampleAssignment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.shared.protocol.ConstraintId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The worked example of docs/reference/constraints.md, rule by rule, and the shape of the solution document. */
class ScheduleScorerTest {

    private static final ScheduleScorer SCORER = new ScheduleScorer();

    private static ConstraintRow row(SolutionDocument solution, String id) {
        return solution.constraints().stream()
                .filter(row -> row.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void reproducesTheWorkedExampleRuleByRule() {
        SolutionDocument solution = SCORER.score(workedExample(), workedExampleAssignment());

        Map<String, Long> scoreById =
                solution.constraints().stream().collect(Collectors.toMap(ConstraintRow::id, ConstraintRow::score));
        assertThat(scoreById)
                .containsAllEntriesOf(Map.ofEntries(
                        Map.entry("space-capacity", -30L),
                        Map.entry("space-conflict", -120L),
                        Map.entry("delegation-clash", -30L),
                        Map.entry("travel-time", -18L),
                        Map.entry("security-grade", -5L),
                        Map.entry("space-availability", -150L),
                        Map.entry("event-window", -150L),
                        Map.entry("required-features", -1L),
                        Map.entry("excluded-space", 0L),
                        Map.entry("delegation-separation", -60L),
                        Map.entry("event-order", -30L),
                        Map.entry("unscheduled-event", -7L)));
        assertThat(solution.score().hard()).isEqualTo(-594);
        assertThat(solution.score().medium()).isEqualTo(-7);
        assertThat(solution.feasible()).isFalse();
    }

    @Test
    void agreesWithTheHandCountedHardAndMediumRowsOfTheSolutionFixture() {
        JsonNode fixture = JsonMapper.builder().build().readTree(resource(WORKED_EXAMPLE_SOLUTION));
        Map<String, Long> handCounted = new HashMap<>();
        for (JsonNode row : fixture.get("constraints")) {
            if (!row.get("level").asString().equals("SOFT")) {
                handCounted.put(row.get("id").asString(), row.get("score").asLong());
            }
        }

        SolutionDocument solution = SCORER.score(workedExample(), workedExampleAssignment());

        Map<String, Long> counted = solution.constraints().stream()
                .filter(row -> !row.level().equals("SOFT"))
                .collect(Collectors.toMap(ConstraintRow::id, ConstraintRow::score));
        assertThat(counted).isEqualTo(handCounted);
        assertThat(solution.score().hard())
                .isEqualTo(fixture.get("score").get("hard").asLong());
        assertThat(solution.score().medium())
                .isEqualTo(fixture.get("score").get("medium").asLong());
    }

    @Test
    void listsEveryCatalogueConstraintInOrderWithItsLevel() {
        SolutionDocument solution = SCORER.score(workedExample(), workedExampleAssignment());

        assertThat(solution.constraints())
                .extracting(ConstraintRow::id)
                .containsExactlyElementsOf(Arrays.stream(ConstraintId.values())
                        .map(ConstraintId::id)
                        .toList());
        assertThat(solution.constraints())
                .extracting(ConstraintRow::level)
                .containsExactlyElementsOf(Arrays.stream(ConstraintId.values())
                        .map(c -> c.level().name())
                        .toList());
        assertThat(solution.constraints())
                .filteredOn(row -> row.id().equals("excluded-space"))
                .singleElement()
                .extracting(ConstraintRow::matches)
                .isEqualTo(0);
        assertThat(solution.constraints())
                .filteredOn(row -> row.score() != 0)
                .allSatisfy(row -> assertThat(row.matches()).isPositive());
        long hardSum = solution.constraints().stream()
                .filter(row -> row.level().equals("HARD"))
                .mapToLong(ConstraintRow::score)
                .sum();
        assertThat(hardSum).isEqualTo(solution.score().hard());
        assertThat(solution.solving()).isNull();
    }

    @Test
    void derivesVenueAndRoundedEndAndListsTheUnscheduled() {
        SolutionDocument solution = SCORER.score(workedExample(), workedExampleAssignment());

        assertThat(solution.plan()).isEqualTo("checker self-test");
        assertThat(solution.assignments())
                .extracting(AssignmentDoc::eventId)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E10");
        assertThat(solution.assignments())
                .filteredOn(a -> a.eventId().equals("E3"))
                .singleElement()
                .isEqualTo(new AssignmentDoc("E3", "S2", "V2", at("2026-09-01T10:15"), at("2026-09-01T11:00")));
        assertThat(solution.unassigned()).containsExactly("E9");
    }

    @Test
    void readsTheAssignmentsOfASolutionDocument() {
        List<AssignmentDoc> assignments = workedExampleAssignment().entrySet().stream()
                .map(e -> new AssignmentDoc(
                        e.getKey(), e.getValue().spaceId(), null, e.getValue().start(), null))
                .toList();

        assertThat(SCORER.score(workedExample(), assignments).score().hard()).isEqualTo(-594);
    }

    @Test
    void treatsAnEventWithoutAssignmentAsUnscheduled() {
        SolutionDocument solution = SCORER.score(workedExample(), Map.of());

        assertThat(solution.score().hard()).isZero();
        assertThat(solution.score().medium()).isEqualTo(-(9 + 7));
        assertThat(solution.feasible()).isTrue();
        assertThat(solution.assignments()).isEmpty();
    }

    @Test
    void weighsSoftRulesByDefaultOrByThePlansWeights() {
        // Both venues have prestige 5: five events of the head of state fall 4 short of 9, four of the minister 1 short
        // of 6.
        long prestigeUnits = 5 * 4 + 4 * 1;
        SolutionDocument byDefault = SCORER.score(workedExample(), workedExampleAssignment());
        SolutionDocument byPlan = SCORER.score(
                withWeights(workedExample(), Map.of("rank-prestige", 3, "capacity-fit", 0)), workedExampleAssignment());

        assertThat(row(byDefault, "rank-prestige").score()).isEqualTo(-30 * prestigeUnits);
        assertThat(row(byPlan, "rank-prestige").score()).isEqualTo(-3 * prestigeUnits);
        assertThat(row(byDefault, "capacity-fit").score()).isNegative();
        assertThat(row(byPlan, "capacity-fit").score()).isZero();
        assertThat(byPlan.constraints().stream()
                        .filter(r -> r.level().equals("SOFT"))
                        .mapToLong(ConstraintRow::score)
                        .sum())
                .isEqualTo(byPlan.score().soft());
        assertThat(byPlan.score().hard()).isEqualTo(byDefault.score().hard());
    }

    @Test
    void refusesAnUnknownSpaceOrEvent() {
        assertThatThrownBy(() ->
                        SCORER.score(workedExample(), Map.of("E1", new Placement("S9", at("2026-09-01T09:00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S9");
        assertThatThrownBy(() ->
                        SCORER.score(workedExample(), Map.of("E99", new Placement("S1", at("2026-09-01T09:00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E99");
    }
}
