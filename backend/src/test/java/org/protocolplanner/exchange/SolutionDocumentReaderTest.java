package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.exchange.TestDocuments.EXAMPLE_PLAN;
import static org.protocolplanner.exchange.TestDocuments.EXAMPLE_SOLUTION;
import static org.protocolplanner.exchange.TestDocuments.append;
import static org.protocolplanner.exchange.TestDocuments.remove;
import static org.protocolplanner.exchange.TestDocuments.set;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.shared.web.InputError;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example solution against the example plan. Its assignments, in order: E1, E2, E3, E4, E5, E6, E7,
 * E8 and the pinned E10 (S2 at 2026-09-02T12:00); E9 is unassigned.
 */
class SolutionDocumentReaderTest {

    private static final PlanDocument PLAN = new PlanDocumentReader().read(TestDocuments.resource(EXAMPLE_PLAN));

    private final SolutionDocumentReader reader = new SolutionDocumentReader();

    @Test
    void readsTheAssignmentOfTheExampleSolution() {
        ImportedSolution solution = reader.read(TestDocuments.resource(EXAMPLE_SOLUTION), PLAN);

        assertThat(solution.assignments())
                .extracting(AssignmentDoc::eventId)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E10");
        assertThat(solution.assignments().get(2))
                .isEqualTo(new AssignmentDoc(
                        "E3", "S2", "V2", LocalDateTime.of(2026, 9, 1, 10, 15), LocalDateTime.of(2026, 9, 1, 11, 0)));
        assertThat(solution.unassigned()).containsExactly("E9");
    }

    @Test
    void neitherChecksNorTrustsScoreFeasibilityConstraintsOrSolving() {
        ObjectNode document = TestDocuments.tree(EXAMPLE_SOLUTION);
        set("score", "'excellent'")
                .andThen(set("feasible", "'yes'"))
                .andThen(set("constraints", "42"))
                .andThen(set("solving", "[]"))
                .accept(document);

        assertThat(reader.read(TestDocuments.bytes(document), PLAN).assignments())
                .hasSize(9);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                only(
                        "format",
                        "format must be \"protocol-planner/solution\"",
                        set("format", "'protocol-planner/plan'")),
                only("version", "version must be 1, not 2", set("version", "2")),
                only("assignments", "missing required field 'assignments'", remove("assignments")),
                only("unassigned", "unassigned must be a list, not a string", set("unassigned", "'E9'")),
                only("assignments[0].end", "missing required field 'end'", remove("assignments[0].end")),
                only(
                        "assignments[3].start",
                        "start '10:30' is not a local date-time",
                        set("assignments[3].start", "'10:30'")),
                // every event exactly once
                only(
                        "assignments[0].eventId",
                        "event 'E99' is not in the plan",
                        set("assignments[0].eventId", "'E99'").andThen(append("unassigned", "'E1'"))),
                only("unassigned[1]", "event 'E42' is not in the plan", append("unassigned", "'E42'")),
                first(
                        "assignments[1].eventId",
                        "event 'E1' appears twice (first at assignments[0].eventId)",
                        set("assignments[1].eventId", "'E1'")),
                only(
                        "unassigned[1]",
                        "event 'E9' appears twice (first at unassigned[0])",
                        append("unassigned", "'E9'")),
                only(
                        "$",
                        "event 'E9' of the plan is neither in assignments nor in unassigned",
                        remove("unassigned[0]")),
                // known spaces, their venue
                only("assignments[0].spaceId", "space 'S9' is not in the plan", set("assignments[0].spaceId", "'S9'")),
                only(
                        "assignments[0].venueId",
                        "venueId must be 'V1', the venue of space 'S1', not 'V2'",
                        set("assignments[0].venueId", "'V2'")),
                // starts on the grain inside the horizon, ends as derived
                only(
                        "assignments[0].start",
                        "start 2026-09-01T09:10 is not on the 15-minute grain",
                        set("assignments[0].start", "'2026-09-01T09:10'")
                                .andThen(set("assignments[0].end", "'2026-09-01T10:10'"))),
                only(
                        "assignments[0].start",
                        "start 2026-09-03T00:00 is outside the horizon",
                        set("assignments[0].start", "'2026-09-03T00:00'")
                                .andThen(set("assignments[0].end", "'2026-09-03T01:00'"))),
                only(
                        "assignments[2].end",
                        "end must be 2026-09-01T11:00 (start plus 40 minutes rounded up to the 15-minute "
                                + "grain), not 2026-09-01T10:55",
                        set("assignments[2].end", "'2026-09-01T10:55'")),
                // pinned events where they are pinned
                only(
                        "assignments[8].spaceId",
                        "event 'E10' is pinned to space 'S2', not 'S1'",
                        set("assignments[8].spaceId", "'S1'").andThen(set("assignments[8].venueId", "'V1'"))),
                only(
                        "assignments[8].start",
                        "event 'E10' is pinned to start at 2026-09-02T12:00, not 2026-09-02T12:15",
                        set("assignments[8].start", "'2026-09-02T12:15'")
                                .andThen(set("assignments[8].end", "'2026-09-02T12:45'"))),
                only(
                        "unassigned[1]",
                        "event 'E10' is pinned to space 'S2' at 2026-09-02T12:00 and cannot be unassigned",
                        remove("assignments[8]").andThen(append("unassigned", "'E10'"))));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("malformed")
    void refusesASolutionThatDoesNotFitItsPlan(
            String path, String message, boolean onlyError, Consumer<ObjectNode> edit) {
        ObjectNode document = TestDocuments.tree(EXAMPLE_SOLUTION);
        edit.accept(document);

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document), PLAN))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.errors().get(0).path()).isEqualTo(path);
                    assertThat(e.errors().get(0).message()).contains(message);
                    if (onlyError) {
                        assertThat(e.errors()).hasSize(1);
                    }
                });
    }

    @Test
    void reportsMissingEventsAfterEverythingElse() {
        ObjectNode document = TestDocuments.tree(EXAMPLE_SOLUTION);
        remove("unassigned[0]")
                .andThen(set("assignments[1].eventId", "'E1'"))
                .andThen(set("assignments[8].venueId", "'V1'"))
                .accept(document);

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document), PLAN))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputError::path)
                                .containsExactly("assignments[1].eventId", "assignments[8].venueId", "$", "$"));
    }

    @Test
    void refusesWhatIsNoJson() {
        assertThatThrownBy(() -> reader.read(TestDocuments.utf8("{\"assignments\": ["), PLAN))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors().get(0).path()).isEqualTo("$"));
    }

    private static Arguments only(String path, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(path, message, true, edit);
    }

    private static Arguments first(String path, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(path, message, false, edit);
    }
}
