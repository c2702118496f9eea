package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.at;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExampleAssignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.analysis.MatchExplanation;
import org.protocolplanner.planning.analysis.ScoreAnalysis;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.tools.generator.GeneratedSummit;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/** A previewed move scores exactly what scoring the whole plan with the move made scores. */
class ScheduleDraftTest {

    private static final ScheduleScorer SCORER = new ScheduleScorer();

    @Test
    void previewsTheMoveOfTheTalksAwayFromTheDelegationClash() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            ScorePreview preview = draft.preview("E4", new Placement("S2", at("2026-09-01T15:00")));

            assertThat(preview.current().hard()).isEqualTo(-594);
            assertThat(preview.removed())
                    .extracting(MatchExplanation::constraint)
                    .contains("delegation-clash", "delegation-separation");
            assertThat(preview.removed())
                    .filteredOn(m -> m.constraint().equals("delegation-clash"))
                    .singleElement()
                    .extracting(MatchExplanation::sentence)
                    .isEqualTo("B delegation: t and t overlap by 30 minutes");
            Map<String, Placement> moved = new LinkedHashMap<>(workedExampleAssignment());
            moved.put("E4", new Placement("S2", at("2026-09-01T15:00")));
            assertThat(preview.preview())
                    .isEqualTo(SCORER.score(workedExample(), moved).score());
            assertThat(draft.score().hard())
                    .as("the draft keeps the saved plan")
                    .isEqualTo(-594);
        }
    }

    @Test
    void previewsLeavingAnEngagementOutAndPlacingAnUnscheduledOne() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            ScorePreview out = draft.preview("E1", null);
            ScorePreview in = draft.preview("E9", new Placement("S1", at("2026-09-01T15:00")));

            assertThat(out.added()).extracting(MatchExplanation::constraint).contains("unscheduled-event");
            assertThat(out.removed()).extracting(MatchExplanation::constraint).contains("space-capacity");
            assertThat(in.removed()).extracting(MatchExplanation::sentence).contains("t is unscheduled (priority 7)");
            assertThat(in.preview().medium()).isZero();
        }
    }

    @Test
    void refusesAnUnknownEngagementOrSpace() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            assertThatThrownBy(() -> draft.preview("E99", null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> draft.preview("E1", new Placement("S9", at("2026-09-01T09:00"))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void agreesWithAFullAnalysisOnRandomMovesOfAGeneratedSummit() {
        GeneratedSummit summit = SummitGenerator.generate(SummitOptions.of(12, 30, 3, 11));
        PlanDocument plan = summit.plan();
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(plan, summit.witness());
        ScoreAnalysis saved = SCORER.analyze(plan, summit.witness());
        Random random = new Random(11);
        try (ScheduleDraft draft = SCORER.draft(plan, summit.witness())) {
            for (int i = 0; i < 8; i++) {
                EngagementAssignment assignment = schedule.getAssignments()
                        .get(random.nextInt(schedule.getAssignments().size()));
                Placement placement = new Placement(
                        assignment
                                .getCandidateSpaces()
                                .get(random.nextInt(
                                        (int) assignment.getCandidateSpaces().getSize()))
                                .id(),
                        schedule.getHorizon()
                                .timeOf(assignment.getCandidateStarts().get(random.nextInt((int)
                                        assignment.getCandidateStarts().getSize()))));
                Map<String, Placement> moved = new LinkedHashMap<>(summit.witness());
                moved.put(assignment.getId(), placement);
                ScoreAnalysis after = SCORER.analyze(plan, moved);

                ScorePreview preview = draft.preview(assignment.getId(), placement);

                assertThat(preview.preview()).isEqualTo(after.score());
                assertThat(sentences(preview.added())).isEqualTo(minus(all(after), all(saved)));
                assertThat(sentences(preview.removed())).isEqualTo(minus(all(saved), all(after)));
            }
        }
    }

    @Test
    void aDraftBroughtUpToDateScoresAsOneBuiltAfreshAndAsAFullRecount() {
        GeneratedSummit summit = SummitGenerator.generate(SummitOptions.of(12, 30, 3, 11));
        PlanDocument plan = summit.plan();
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(plan, summit.witness());
        Random random = new Random(5);
        Map<String, Placement> saved = new LinkedHashMap<>(summit.witness());
        try (ScheduleDraft kept = SCORER.draft(plan, saved)) {
            // Rounds of moves saved elsewhere (another instance, a solve): several engagements each, some
            // left out, and the kept draft brought up to date after each round.
            for (int round = 0; round < 6; round++) {
                for (int move = 0; move < 1 + round; move++) {
                    EngagementAssignment assignment = schedule.getAssignments()
                            .get(random.nextInt(schedule.getAssignments().size()));
                    if (random.nextInt(5) == 0) {
                        saved.remove(assignment.getId());
                    } else {
                        saved.put(assignment.getId(), randomPlace(schedule, assignment, random));
                    }
                }
                Map<String, Placement> now = Map.copyOf(saved);

                ScoreDoc brought = kept.bringUpToDate(() -> now).orElseThrow();

                try (ScheduleDraft built = SCORER.draft(plan, now)) {
                    assertThat(brought).as("round %d", round).isEqualTo(built.score());
                }
                assertThat(brought)
                        .as("round %d", round)
                        .isEqualTo(SCORER.analyze(plan, now).score());
                assertThat(kept.score()).isEqualTo(brought);
            }
        }
    }

    @Test
    void leavesADraftAsItWasWhenThePlacesNameAnEngagementOrASpaceItLacks() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            ScoreDoc before = draft.score();
            Map<String, Placement> unknownEvent = new LinkedHashMap<>(workedExampleAssignment());
            unknownEvent.put("E99", new Placement("S1", at("2026-09-01T10:00")));
            Map<String, Placement> unknownSpace = new LinkedHashMap<>(workedExampleAssignment());
            unknownSpace.put("E1", new Placement("S99", at("2026-09-01T10:00")));
            unknownSpace.remove("E2");

            assertThat(draft.bringUpToDate(() -> unknownEvent)).isEmpty();
            assertThat(draft.bringUpToDate(() -> unknownSpace)).isEmpty();
            assertThat(draft.score()).isEqualTo(before);
            assertThat(draft.bringUpToDate(() -> workedExampleAssignment())).contains(before);
        }
    }

    private static Placement randomPlace(ProtocolSchedule schedule, EngagementAssignment assignment, Random random) {
        return new Placement(
                assignment
                        .getCandidateSpaces()
                        .get(random.nextInt(
                                (int) assignment.getCandidateSpaces().getSize()))
                        .id(),
                schedule.getHorizon().timeOf(assignment.getCandidateStarts().get(random.nextInt((int)
                        assignment.getCandidateStarts().getSize()))));
    }

    private static List<String> all(ScoreAnalysis analysis) {
        return analysis.constraints().stream()
                .flatMap(row -> row.explanations().stream())
                .map(ScheduleDraftTest::key)
                .toList();
    }

    private static Map<String, Integer> sentences(List<MatchExplanation> matches) {
        return counts(matches.stream().map(ScheduleDraftTest::key).toList());
    }

    /** Everything a match says; two matches with one sentence may still differ, in the order of a day's route. */
    private static String key(MatchExplanation match) {
        return match.constraint() + " " + match.score() + " " + match.parameters() + " " + match.sentence();
    }

    /** The matches of {@code a} that {@code b} lacks, counted. */
    private static Map<String, Integer> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = counts(a);
        for (String match : b) {
            left.computeIfPresent(match, (key, n) -> n == 1 ? null : n - 1);
        }
        return left;
    }

    private static Map<String, Integer> counts(List<String> matches) {
        Map<String, Integer> counts = new HashMap<>();
        new ArrayList<>(matches).forEach(match -> counts.merge(match, 1, Integer::sum));
        return counts;
    }
}
