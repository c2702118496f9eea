package org.protocolplanner.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.at;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withVenues;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExampleAssignment;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.planning.analysis.ScoreAnalysis.ConstraintAnalysis;
import org.protocolplanner.planning.analysis.ScoreAnalysis.EngagementAnalysis;
import org.protocolplanner.planning.analysis.ScoreAnalysis.EngagementConstraint;
import org.protocolplanner.planning.analysis.ScoreAnalysis.RuledOut;
import org.protocolplanner.planning.analysis.ScoreAnalysis.UnscheduledEngagement;
import org.protocolplanner.planning.fixtures.CrowdedMorning;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.tools.generator.GeneratedSummit;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/** The explanation of the worked example of docs/reference/constraints.md, and the reasons of an engagement left out. */
class ScoreAnalyzerTest {

    private static final ScheduleScorer SCORER = new ScheduleScorer();

    private static ConstraintAnalysis constraint(ScoreAnalysis analysis, String id) {
        return analysis.constraints().stream()
                .filter(row -> row.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static EngagementAnalysis engagement(ScoreAnalysis analysis, String id) {
        return analysis.engagements().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void wordsTheTravelTimeShortfallWithTheDelegationAndTheVenues() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());

        MatchExplanation travel =
                constraint(analysis, "travel-time").explanations().get(0);
        assertThat(travel.sentence())
                .isEqualTo("A delegation: 18 minutes short of the 33 travel minutes from One to Two");
        assertThat(travel.score()).isEqualTo(-18);
        assertThat(travel.eventIds()).containsExactly("E1", "E3");
        assertThat(travel.parameters())
                .containsEntry("delegationId", "D1")
                .containsEntry("delegation", "A")
                .containsEntry("fromVenueId", "V1")
                .containsEntry("toVenue", "Two")
                .containsEntry("travelMinutes", 33)
                .containsEntry("gapMinutes", 15)
                .containsEntry("minutesShort", 18);
    }

    @Test
    void wordsSpaceCapacityForTooFewSeatsAndForAMissingLayout() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());

        assertThat(constraint(analysis, "space-capacity").explanations())
                .extracting(MatchExplanation::sentence)
                .containsExactly(
                        "t: 120 people in Hall at One, which seats 100 in theatre layout (20 over capacity)",
                        "t: Hall at One has no roundtable layout for its 10 people");
        assertThat(constraint(analysis, "space-capacity").explanations().get(1).parameters())
                .containsEntry("layout", "ROUNDTABLE")
                .containsEntry("headcount", 10)
                .containsEntry("capacity", null);
    }

    /**
     * The worked example's hall S1 made of a new wing S3 with a blackout: a double booking across the two
     * names both spaces, and the wing's blackout is named as the wing's where it blocks the hall.
     */
    @Test
    void namesBothSpacesOfADoubleBookingOnSharedFloorAndTheSpaceWhoseBlockCounts() {
        ScoreAnalysis analysis = SCORER.analyze(
                withWing(List.of("S3")),
                Map.of(
                        "E1",
                        new Placement("S1", at("2026-09-01T09:00")),
                        "E2",
                        new Placement("S3", at("2026-09-01T09:30"))));

        MatchExplanation conflict =
                constraint(analysis, "space-conflict").explanations().get(0);
        assertThat(conflict.sentence())
                .isEqualTo("t in Hall at One and t in Wing at One, which share floor, overlap by 60 minutes, "
                        + "turnover included");
        assertThat(conflict.score()).isEqualTo(-60);
        assertThat(conflict.parameters())
                .containsEntry("spaceId", "S1")
                .containsEntry("secondSpaceId", "S3")
                .containsEntry("secondSpace", "Wing at One");
        assertThat(constraint(analysis, "space-availability").explanations())
                .extracting(MatchExplanation::sentence)
                .containsExactlyInAnyOrder(
                        "t in Hall at One: 30 minutes in a blackout of Wing at One (works)",
                        "t in Wing at One: 60 minutes in a blackout (works)");
    }

    /**
     * E1 in the wing at 12:00-13:00 takes the hall's places of E9 from 10:45 to 12:45 (the hall's 30
     * minutes of turnover included) when the hall is made of the wing: 9 more places ruled out by
     * space-conflict than when the two are independent.
     */
    @Test
    void countsThePlacesTakenOnSharedFloorForAnUnscheduledEngagement() {
        Map<String, Placement> wingAtNoon = Map.of("E1", new Placement("S3", at("2026-09-01T12:00")));

        long divided = placesTakenFromE9(SCORER.analyze(withWing(List.of("S3")), wingAtNoon));
        long independent = placesTakenFromE9(SCORER.analyze(withWing(List.of()), wingAtNoon));

        assertThat(divided - independent).isEqualTo(9);
    }

    private static long placesTakenFromE9(ScoreAnalysis analysis) {
        return analysis.unscheduled().stream()
                .filter(e -> e.id().equals("E9"))
                .findFirst()
                .orElseThrow()
                .ruledOut()
                .stream()
                .filter(r -> r.constraint().equals("space-conflict"))
                .mapToLong(RuledOut::candidatesRemoved)
                .sum();
    }

    /** The worked example with a wing S3 beside its hall S1 (blacked out 09:30-10:30 on day 1), S1 made of {@code parts}. */
    private static PlanDocument withWing(List<String> parts) {
        PlanDocument example = workedExample();
        VenueDoc one = example.venues().get(0);
        SpaceDoc hall = one.spaces().get(0);
        SpaceDoc dividedHall = new SpaceDoc(
                hall.id(),
                hall.name(),
                hall.capacity(),
                hall.features(),
                hall.turnoverMinutes(),
                hall.open(),
                parts,
                hall.blackouts());
        SpaceDoc wing = new SpaceDoc(
                "S3",
                "Wing",
                Map.of(Layout.THEATRE, 40),
                List.of(),
                0,
                List.of(),
                List.of(new Period(at("2026-09-01T09:30"), at("2026-09-01T10:30"), "works")));
        return withVenues(
                example,
                List.of(
                        new VenueDoc(
                                one.id(),
                                one.name(),
                                one.lat(),
                                one.lon(),
                                one.securityGrade(),
                                one.prestige(),
                                List.of(dividedHall, wing)),
                        example.venues().get(1)));
    }

    @Test
    void keepsTheWordingOfADoubleBookingInOneSpace() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());

        MatchExplanation conflict = constraint(analysis, "space-conflict").explanations().stream()
                .filter(match -> match.eventIds().contains("E3"))
                .findFirst()
                .orElseThrow();
        assertThat(conflict.sentence())
                .isEqualTo("Room at Two is double-booked: t and t overlap by 30 minutes, " + "turnover included");
        assertThat(conflict.parameters()).containsEntry("spaceId", "S2").doesNotContainKey("secondSpaceId");
    }

    @Test
    void countsEveryConstraintAsTheSolutionDocumentDoes() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());
        SolutionDocument solution = SCORER.score(workedExample(), workedExampleAssignment());

        assertThat(analysis.constraints())
                .extracting(row -> new ConstraintRow(row.id(), row.level().name(), row.matches(), row.score()))
                .containsExactlyElementsOf(solution.constraints());
        assertThat(analysis.score()).isEqualTo(solution.score());
        for (ConstraintAnalysis row : analysis.constraints()) {
            assertThat(row.explanations()).hasSize(row.matches());
            assertThat(row.explanations().stream()
                            .mapToLong(MatchExplanation::score)
                            .sum())
                    .isEqualTo(row.score());
        }
        assertThat(constraint(analysis, "rank-prestige").weight()).isEqualTo(30);
        assertThat(constraint(analysis, "travel-time").weight()).isEqualTo(1);
    }

    @Test
    void listsPerEngagementTheConstraintsItTakesPartIn() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());

        assertThat(analysis.engagements())
                .extracting(EngagementAnalysis::id)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10");
        EngagementAnalysis e3 = engagement(analysis, "E3");
        assertThat(e3.constraints())
                .extracting(EngagementConstraint::id)
                .contains(
                        "space-conflict",
                        "travel-time",
                        "security-grade",
                        "required-features",
                        "delegation-separation");
        assertThat(e3.constraints())
                .filteredOn(c -> c.id().equals("security-grade"))
                .singleElement()
                .satisfies(c -> assertThat(c.score()).isEqualTo(-2));
        EngagementAnalysis e10 = engagement(analysis, "E10");
        assertThat(e10.pinned()).isTrue();
        assertThat(e10.constraints()).extracting(EngagementConstraint::id).contains("security-grade");
        assertThat(engagement(analysis, "E9").scheduled()).isFalse();
        assertThat(engagement(analysis, "E9").constraints())
                .extracting(EngagementConstraint::id)
                .containsExactly("unscheduled-event");
    }

    @Test
    void accountsForEveryPlaceOfAnUnscheduledEngagement() {
        ScoreAnalysis analysis = SCORER.analyze(workedExample(), workedExampleAssignment());

        UnscheduledEngagement e9 = analysis.unscheduled().get(0);
        assertThat(analysis.unscheduled()).hasSize(1);
        assertThat(e9.id()).isEqualTo("E9");
        assertThat(e9.candidates()).isEqualTo(2 * 192);
        assertThat(e9.ruledOut().stream().mapToLong(RuledOut::candidatesRemoved).sum() + e9.candidatesLeft())
                .isEqualTo(e9.candidates());
    }

    @Test
    void saysWhichRuleRulesOutHowManyPlacesOfTheTalksOnACrowdedMorning() {
        ScoreAnalysis analysis = SCORER.analyze(CrowdedMorning.plan(), CrowdedMorning.placements());

        UnscheduledEngagement talks = analysis.unscheduled().get(0);
        assertThat(talks.id()).isEqualTo(CrowdedMorning.TALKS);
        assertThat(talks.candidates()).isEqualTo(12);
        assertThat(talks.ruledOut())
                .extracting(RuledOut::constraint, RuledOut::candidatesRemoved)
                .containsExactly(
                        tuple("space-capacity", 4L),
                        tuple("security-grade", 4L),
                        tuple("event-window", 1L),
                        tuple("space-conflict", 2L),
                        tuple("delegation-clash", 1L));
        assertThat(talks.candidatesLeft()).isZero();
        assertThat(talks.ruledOut())
                .extracting(RuledOut::sentence)
                .containsExactly(
                        "1 space that cannot seat its 50 people in theatre layout",
                        "1 space at venues below security grade A",
                        "1 start of 4 outside its window (its own bounds, its delegations' stay or the horizon)",
                        "2 places taken by other engagements",
                        "1 place overlapping other engagements of its delegations");
        assertThat(talks.sentence())
                .isEqualTo(
                        "Bilateral talks: China - Kenya is unscheduled (priority 9): each of its 12 places breaks a hard rule");
    }

    @Test
    void saysHowManyPlacesAreStillFreeWhenNothingRulesThemOut() {
        ScoreAnalysis analysis = SCORER.analyze(CrowdedMorning.plan(), Map.of());

        UnscheduledEngagement talks = analysis.unscheduled().stream()
                .filter(u -> u.id().equals(CrowdedMorning.TALKS))
                .findFirst()
                .orElseThrow();
        assertThat(talks.candidatesLeft()).isEqualTo(3);
        assertThat(talks.sentence())
                .endsWith("3 places of 12 break no hard rule as the plan stands, " + "so solving again may place it");
    }

    @Test
    void wordsEveryMatchOfAGeneratedSummit() {
        GeneratedSummit summit = SummitGenerator.generate(SummitOptions.of(12, 30, 3, 7));

        ScoreAnalysis analysis = SCORER.analyze(summit.plan(), summit.witness());

        List<MatchExplanation> all = analysis.constraints().stream()
                .flatMap(row -> row.explanations().stream())
                .toList();
        assertThat(all).isNotEmpty().allSatisfy(match -> {
            assertThat(match.sentence()).isNotBlank().doesNotContain("null");
            assertThat(match.parameters()).isNotEmpty();
            assertThat(ConstraintId.byId(match.constraint())).isPresent();
        });
        assertThat(analysis.score().hard()).isZero();
        assertThat(analysis.unscheduled()).isEmpty();
    }

    @Test
    void explainsUnequalTreatmentOnceForEachGroupOfPeersWithTheRangeOfPrestige() {
        GeneratedSummit summit = SummitGenerator.generate(SummitOptions.of(12, 30, 3, 7));

        ConstraintAnalysis equalTreatment =
                constraint(SCORER.analyze(summit.plan(), summit.witness()), "equal-treatment");

        assertThat(equalTreatment.explanations()).isNotEmpty().allSatisfy(match -> {
            int lowest = (Integer) match.parameters().get("lowestPrestige");
            int highest = (Integer) match.parameters().get("highestPrestige");
            int engagements = (Integer) match.parameters().get("engagements");
            assertThat(lowest).isLessThan(highest);
            assertThat(engagements).isGreaterThan(1);
            assertThat(match.sentence())
                    .contains(
                            "are treated unequally in",
                            engagements + " engagements at venues of prestige " + lowest + " to " + highest);
            // At most every pair at the widest difference: the penalty is a sum over the group's pairs.
            long pairs = (long) engagements * (engagements - 1) / 2;
            long widest = (long) (highest - lowest) * (highest - lowest);
            assertThat(-match.score()).isGreaterThan(0).isLessThanOrEqualTo(pairs * widest * 5);
        });
        assertThat(equalTreatment.explanations())
                .extracting(match -> match.parameters().get("type") + "/"
                        + match.parameters().get("rank"))
                .doesNotHaveDuplicates();
    }
}
