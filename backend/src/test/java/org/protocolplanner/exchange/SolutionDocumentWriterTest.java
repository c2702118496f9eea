package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.exchange.SolutionDocument.KpiDoc;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.exchange.SolutionDocument.SolvingInfo;

class SolutionDocumentWriterTest {

    private static final AssignmentDoc TALKS = new AssignmentDoc(
            "ev-001",
            "diaoyutai-fangfeiyuan",
            "diaoyutai",
            LocalDateTime.of(2026, 9, 2, 10, 0),
            LocalDateTime.of(2026, 9, 2, 11, 0));

    private final SolutionDocumentWriter writer = new SolutionDocumentWriter();

    @Test
    void writesTheFieldsInTheOrderOfTheFormatsExample() {
        SolutionDocument solution = new SolutionDocument(
                "Summit week",
                new ScoreDoc(0, -5, -12840),
                true,
                List.of(TALKS),
                List.of("ev-317"),
                List.of(new ConstraintRow("space-conflict", "HARD", 0, 0)),
                new SolvingInfo(30.0, 1.8, 4_500_000, "TIME_LIMIT"));

        assertThat(text(solution)).isEqualTo("""
                {
                  "format": "protocol-planner/solution",
                  "version": 1,
                  "plan": "Summit week",
                  "score": {
                    "hard": 0,
                    "medium": -5,
                    "soft": -12840
                  },
                  "feasible": true,
                  "assignments": [
                    {
                      "eventId": "ev-001",
                      "spaceId": "diaoyutai-fangfeiyuan",
                      "venueId": "diaoyutai",
                      "start": "2026-09-02T10:00",
                      "end": "2026-09-02T11:00"
                    }
                  ],
                  "unassigned": [
                    "ev-317"
                  ],
                  "constraints": [
                    {
                      "id": "space-conflict",
                      "level": "HARD",
                      "matches": 0,
                      "score": 0
                    }
                  ],
                  "solving": {
                    "seconds": 30.0,
                    "secondsToFeasible": 1.8,
                    "scoreCalculationCount": 4500000,
                    "terminatedBy": "TIME_LIMIT"
                  }
                }
                """);
    }

    @Test
    void leavesOutSolvingWhenNoSolverMadeTheSolution() {
        SolutionDocument solution =
                new SolutionDocument("p", new ScoreDoc(-1, 0, 0), false, List.of(), List.of(), List.of(), null);

        assertThat(text(solution)).doesNotContain("solving").contains("\"assignments\": [],\n  \"unassigned\": []");
    }

    @Test
    void leavesOutSecondsToFeasibleWhenTheSolverNeverGotThere() {
        SolutionDocument solution = new SolutionDocument(
                "p",
                new ScoreDoc(-1, 0, 0),
                false,
                List.of(),
                List.of(),
                List.of(),
                new SolvingInfo(2.5, null, 10, "UNIMPROVED_TIME"));

        assertThat(text(solution)).doesNotContain("secondsToFeasible").contains("\"seconds\": 2.5");
    }

    @Test
    void writesTheKpisAfterSolvingWithMeansToFourDecimals() {
        SolutionDocument solution = new SolutionDocument(
                "p",
                new ScoreDoc(0, -7, -10),
                true,
                List.of(),
                List.of("ev-9"),
                List.of(),
                new SolvingInfo(1.0, 0.5, 10, "TIME_LIMIT"),
                new KpiDoc(1, 7, 95, 1.0 / 3, 0, 0.123456, 2));

        assertThat(text(solution)).contains("""
                  "kpis": {
                    "unscheduled": {
                      "count": 1,
                      "priority": 7
                    },
                    "travelMinutes": 95,
                    "prestigeGap": 0.3333,
                    "equalTreatmentSpread": 0.0,
                    "emptySeatShare": 0.1235,
                    "offCustomaryHours": 2
                  }
                """);
    }

    @Test
    void writesWhatTheSolutionReaderAcceptsForThePlan() {
        PlanDocument plan = new PlanDocumentReader().read(TestDocuments.resource(TestDocuments.EXAMPLE_PLAN));
        ImportedSolution example =
                new SolutionDocumentReader().read(TestDocuments.resource(TestDocuments.EXAMPLE_SOLUTION), plan);
        SolutionDocument solution = new SolutionDocument(
                plan.name(),
                new ScoreDoc(-594, -7, 0),
                false,
                example.assignments(),
                example.unassigned(),
                List.of(),
                null);

        ImportedSolution again = new SolutionDocumentReader().read(writer.write(solution), plan);

        assertThat(again).isEqualTo(example);
    }

    private String text(SolutionDocument solution) {
        return new String(writer.write(solution), StandardCharsets.UTF_8);
    }
}
