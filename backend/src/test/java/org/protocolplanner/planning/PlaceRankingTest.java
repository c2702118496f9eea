package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.at;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExampleAssignment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.analysis.MatchExplanation;
import org.protocolplanner.planning.analysis.PlaceOption;
import org.protocolplanner.planning.analysis.PlaceOptions;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * The places offered for one engagement, on the worked example of docs/reference/constraints.md (two days, two spaces,
 * a score broken by design). E6, an hour's briefing of delegation B in theatre layout, sits in the
 * Hall (S1) at 12:30 over E5, there from 12:00 to 13:00; the Hall is open 08:00-18:00 and the only
 * space with a theatre layout. E4, a roundtable briefing, fits only the Room (S2), which has no
 * opening hours and so is never open: every place breaks a rule for it.
 */
class PlaceRankingTest {

    private static final ScheduleScorer SCORER = new ScheduleScorer();

    @Test
    void theBestPlaceIsTheBestOfEveryPlaceAndTakesTheBriefingOutOfTheDoubleBooking() {
        PlanDocument plan = workedExample();
        try (ScheduleDraft draft = SCORER.draft(plan, workedExampleAssignment())) {
            PlaceOption best = draft.places("E6", 10).places().get(0);

            assertThat(best.breaksHardRules()).isFalse();
            assertThat(best.spaceId()).isEqualTo("S1");
            assertThat(best.difference().hard()).isPositive();
            assertThat(best.removed()).extracting(MatchExplanation::constraint).contains("space-conflict");
            assertThat(best.added())
                    .extracting(MatchExplanation::constraint)
                    .doesNotContain(
                            "delegation-clash", "space-conflict", "space-availability", "travel-time", "event-window");
            assertThat(best.score())
                    .as("no (space, start) the briefing may take scores better")
                    .isEqualTo(bestOfEveryCandidate(plan, draft, "E6"));
        }
    }

    @Test
    void everyPlaceScoresWhatTheWholePlanScoresWithTheEngagementThere() {
        PlanDocument plan = workedExample();
        try (ScheduleDraft draft = SCORER.draft(plan, workedExampleAssignment())) {
            PlaceOptions options = draft.places("E6", 10);

            assertThat(options.current())
                    .isEqualTo(SCORER.score(plan, workedExampleAssignment()).score());
            for (PlaceOption place : options.places()) {
                Map<String, Placement> moved = new LinkedHashMap<>(workedExampleAssignment());
                moved.put("E6", new Placement(place.spaceId(), place.start()));
                ScoreDoc whole = SCORER.score(plan, moved).score();
                assertThat(place.score())
                        .as(place.spaceId() + " " + place.start())
                        .isEqualTo(whole);
                assertThat(place.difference())
                        .isEqualTo(new ScoreDoc(
                                whole.hard() - options.current().hard(),
                                whole.medium() - options.current().medium(),
                                whole.soft() - options.current().soft()));
            }
            assertThat(options.places()).extracting(PlaceOption::score).isSortedAccordingTo((a, b) -> compare(b, a));
            assertThat(draft.score()).as("the draft keeps the saved plan").isEqualTo(options.current());
        }
    }

    @Test
    void listsNoPlaceThatBreaksAHardRuleWhileACleanOneExistsNorTheCurrentPlace() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            long hardUnscheduled = draft.preview("E6", null).preview().hard();

            PlaceOptions options = draft.places("E6", 50);

            assertThat(options.places())
                    .isNotEmpty()
                    .noneMatch(PlaceOption::breaksHardRules)
                    .allMatch(place -> place.score().hard() >= hardUnscheduled)
                    .allMatch(place -> place.spaceId().equals("S1"))
                    .noneMatch(place -> place.start().equals(at("2026-09-01T12:30")));
        }
    }

    @Test
    void marksThePlacesWhenEveryPlaceBreaksAHardRule() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            long hardUnscheduled = draft.preview("E4", null).preview().hard();

            PlaceOptions options = draft.places("E4", 5);

            assertThat(options.places())
                    .hasSize(5)
                    .allMatch(PlaceOption::breaksHardRules)
                    .allMatch(place -> place.score().hard() < hardUnscheduled);
            assertThat(options.places().get(0).removed())
                    .as("the least bad place ends the clash at least")
                    .extracting(MatchExplanation::constraint)
                    .contains("delegation-clash", "space-conflict");
            // E1, a plenary of 120, fits no space (the Hall seats 100): it gets places too, all marked.
            assertThat(draft.places("E1", 3).places()).hasSize(3).allMatch(PlaceOption::breaksHardRules);
        }
    }

    @Test
    void honoursTheLimitAndPlacesAnUnscheduledEngagement() {
        try (ScheduleDraft draft = SCORER.draft(workedExample(), workedExampleAssignment())) {
            assertThat(draft.places("E6", 1).places()).hasSize(1);
            assertThat(draft.places("E6", 3).places()).hasSize(3);

            PlaceOptions unscheduled = draft.places("E9", 3);
            assertThat(unscheduled.places()).hasSize(3).noneMatch(PlaceOption::breaksHardRules);
            assertThat(unscheduled.places().get(0).removed())
                    .extracting(MatchExplanation::constraint)
                    .contains("unscheduled-event");
            assertThatThrownBy(() -> draft.places("E99", 3)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The best score of every candidate space at every candidate start, each previewed on its own. */
    private static ScoreDoc bestOfEveryCandidate(PlanDocument plan, ScheduleDraft draft, String eventId) {
        ProtocolSchedule schedule = new ProtocolScheduleFactory().create(plan, workedExampleAssignment());
        EngagementAssignment assignment = schedule.getAssignments().stream()
                .filter(a -> a.getId().equals(eventId))
                .findFirst()
                .orElseThrow();
        ScoreDoc best = null;
        for (long s = 0; s < assignment.getCandidateSpaces().getSize(); s++) {
            for (long t = 0; t < assignment.getCandidateStarts().getSize(); t++) {
                String space = assignment.getCandidateSpaces().get(s).id();
                int start = assignment.getCandidateStarts().get(t);
                if (space.equals(assignment.getSpace().id()) && start == assignment.getStart()) {
                    continue;
                }
                ScoreDoc score = draft.preview(
                                eventId,
                                new Placement(space, schedule.getHorizon().timeOf(start)))
                        .preview();
                if (best == null || compare(score, best) > 0) {
                    best = score;
                }
            }
        }
        return best;
    }

    private static int compare(ScoreDoc a, ScoreDoc b) {
        int hard = Long.compare(a.hard(), b.hard());
        int medium = Long.compare(a.medium(), b.medium());
        return hard != 0 ? hard : medium != 0 ? medium : Long.compare(a.soft(), b.soft());
    }
}
