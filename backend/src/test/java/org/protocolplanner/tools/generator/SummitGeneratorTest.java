package org.protocolplanner.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

class SummitGeneratorTest {

    /** The 60-delegation benchmark document: 60 delegations, 456 venues, 7 days, seed 1. */
    private static final SummitOptions HEADLINE = SummitOptions.of(60, 456, 7, 1);
    /** Crowded: many side meetings, few spaces, three days. */
    private static final SummitOptions CROWDED = SummitOptions.of(40, 30, 3, 3).withPairMeetings(6);

    private static final SummitOptions ONE_DAY_HALF_HOURS =
            SummitOptions.of(12, 40, 1, 4).withGrainMinutes(30);
    private static final SummitOptions WITH_GIVEN_VENUES = SummitOptions.of(20, 50, 4, 5)
            .withHorizonStart(LocalDateTime.of(2027, 3, 1, 0, 0))
            .withGivenVenues(List.of(givenGuesthouse()));
    /** As the demo summit: the plenary held in a given hall and pinned there. */
    private static final SummitOptions WITH_PLENARY_HALL = WITH_GIVEN_VENUES.withPlenarySpace("test-guesthouse-hall");

    /** Few venues beside a given one with a divisible hall, so that the witness uses the hall and its parts. */
    private static final SummitOptions WITH_DIVIDED_HALL = SummitOptions.of(20, 6, 3, 6)
            .withHorizonStart(LocalDateTime.of(2027, 3, 1, 0, 0))
            .withGivenVenues(List.of(dividedGuesthouse()));

    /** Generated once per test run: the summits are the expensive part. */
    private static final Map<SummitOptions, GeneratedSummit> SUMMITS = new HashMap<>();

    private static GeneratedSummit summit(SummitOptions options) {
        return SUMMITS.computeIfAbsent(options, SummitGenerator::generate);
    }

    static Stream<SummitOptions> shapes() {
        return Stream.of(
                HEADLINE, CROWDED, ONE_DAY_HALF_HOURS, WITH_GIVEN_VENUES, WITH_PLENARY_HALL, WITH_DIVIDED_HALL);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void theWitnessBreaksNoHardRule(SummitOptions options) {
        GeneratedSummit summit = summit(options);

        assertThat(summit.plan().events()).isNotEmpty();
        assertThat(HardRuleRecount.count(summit.plan(), summit.witness()))
                .allSatisfy((rule, penalty) -> assertThat(penalty).as(rule).isZero());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void theDocumentIsWellFormedAndTheWitnessPlacesEveryEvent(SummitOptions options) {
        GeneratedSummit summit = summit(options);

        assertThat(PlanIntegrity.problems(summit.plan(), summit.witness())).isEmpty();
        assertThat(summit.witness().keySet())
                .containsExactlyElementsOf(
                        summit.plan().events().stream().map(EventDoc::id).toList());
    }

    @Test
    void theWitnessUsesADividedHallAndItsPartsWithoutSharingTheirFloor() {
        GeneratedSummit summit = summit(WITH_DIVIDED_HALL);

        assertThat(summit.witness().values())
                .extracting(placement -> placement.spaceId())
                .contains("test-divided-ab", "test-divided-a", "test-divided-b");
        assertThat(HardRuleRecount.count(summit.plan(), summit.witness()))
                .containsEntry("space-conflict", 0L)
                .containsEntry("space-availability", 0L);
    }

    @Test
    void theSameSeedGivesTheSameSummit() {
        GeneratedSummit again = SummitGenerator.generate(HEADLINE);

        assertThat(again.plan()).isEqualTo(summit(HEADLINE).plan());
        assertThat(again.witness()).containsExactlyEntriesOf(summit(HEADLINE).witness());
    }

    @Test
    void anotherSeedGivesAnotherSummit() {
        PlanDocument one =
                SummitGenerator.generate(SummitOptions.of(20, 60, 4, 11)).plan();
        PlanDocument other =
                SummitGenerator.generate(SummitOptions.of(20, 60, 4, 12)).plan();

        assertThat(other.venues()).isNotEqualTo(one.venues());
        assertThat(other.delegations()).isNotEqualTo(one.delegations());
        assertThat(other.events()).isNotEqualTo(one.events());
    }

    @Test
    void theHeadlineSummitHasTheAnnouncedSize() {
        PlanDocument plan = summit(HEADLINE).plan();

        assertThat(plan.events()).hasSizeBetween(200, 240);
        assertThat(plan.venues()).hasSize(456);
        assertThat(plan.venues().stream().mapToInt(v -> v.spaces().size()).sum())
                .isGreaterThan(1000);
        assertThat(plan.delegations()).hasSize(60);
        assertThat(plan.horizon().grainMinutes()).isEqualTo(15);
        assertThat(plan.horizon().start()).isEqualTo(LocalDateTime.of(2026, 9, 7, 0, 0));
        assertThat(plan.horizon().end()).isEqualTo(LocalDateTime.of(2026, 9, 14, 0, 0));
        assertThat(plan.events().stream().map(EventDoc::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(EventType.values());
        assertThat(plan.delegations().stream().map(DelegationDoc::headRank).distinct())
                .hasSize(6);
    }

    @Test
    void everyDelegationAttendsTheOpeningPlenaryAndTheBanquetThatFollowsIt() {
        PlanDocument plan = summit(HEADLINE).plan();
        List<String> everyone =
                plan.delegations().stream().map(DelegationDoc::id).toList();
        EventDoc plenary = only(plan, EventType.PLENARY);
        EventDoc banquet = only(plan, EventType.STATE_BANQUET);

        assertThat(plenary.delegations()).isEqualTo(everyone);
        assertThat(banquet.delegations()).isEqualTo(everyone);
        assertThat(banquet.after()).containsExactly(plenary.id());
    }

    @Test
    void aNamedPlenaryHallHoldsThePlenaryPinnedAndNothingElseIsPinned() {
        GeneratedSummit summit = summit(WITH_PLENARY_HALL);
        EventDoc plenary = only(summit.plan(), EventType.PLENARY);

        assertThat(plenary.pinned()).isEqualTo(summit.witness().get(plenary.id()));
        assertThat(plenary.pinned().spaceId()).isEqualTo("test-guesthouse-hall");
        assertThat(summit.plan().events())
                .filteredOn(event -> event.pinned() != null)
                .containsExactly(plenary);
        assertThat(only(summit(WITH_GIVEN_VENUES).plan(), EventType.PLENARY).pinned())
                .isNull();
    }

    @Test
    void aPlenaryHallThePlenaryDoesNotFitIsRefused() {
        SummitOptions tooSmall = SummitOptions.of(200, 50, 4, 5)
                .withGivenVenues(List.of(givenGuesthouse()))
                .withPlenarySpace("test-guesthouse-hall");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummitGenerator.generate(tooSmall))
                .withMessageContaining("test-guesthouse-hall");
    }

    @Test
    void talksWithTheHostFollowTheWelcomeCeremonyAndPrecedeSigningsAndPressConferences() {
        PlanDocument plan = summit(HEADLINE).plan();
        Map<String, EventDoc> byId = plan.events().stream().collect(Collectors.toMap(EventDoc::id, e -> e));

        for (EventDoc event : plan.events()) {
            for (String before : event.after()) {
                EventType predecessor = byId.get(before).type();
                switch (event.type()) {
                    case BILATERAL_TALKS -> assertThat(predecessor).isEqualTo(EventType.WELCOME_CEREMONY);
                    case SIGNING_CEREMONY, PRESS_CONFERENCE ->
                        assertThat(predecessor).isEqualTo(EventType.BILATERAL_TALKS);
                    case STATE_BANQUET -> assertThat(predecessor).isEqualTo(EventType.PLENARY);
                    default -> throw new AssertionError(event.id() + " should follow nothing");
                }
            }
        }
        assertThat(plan.events().stream()
                        .filter(e -> e.type() == EventType.BILATERAL_TALKS)
                        .filter(e -> !e.after().isEmpty()))
                .isNotEmpty();
    }

    @Test
    void sideMeetingsAreBetweenTwoDelegationsThatMayMeet() {
        PlanDocument plan = summit(CROWDED).plan();
        Map<String, DelegationDoc> byId =
                plan.delegations().stream().collect(Collectors.toMap(DelegationDoc::id, d -> d));
        List<EventDoc> sideMeetings = plan.events().stream()
                .filter(e ->
                        e.type() == EventType.BILATERAL_TALKS && e.delegations().size() == 2)
                .toList();

        assertThat(sideMeetings).hasSizeGreaterThan(40 * 6 / 2 / 2);
        for (EventDoc meeting : sideMeetings) {
            String a = meeting.delegations().get(0);
            String b = meeting.delegations().get(1);
            assertThat(byId.get(a).separateFrom()).doesNotContain(b);
            assertThat(byId.get(b).separateFrom()).doesNotContain(a);
        }
        assertThat(plan.delegations().stream().filter(d -> !d.separateFrom().isEmpty()))
                .isNotEmpty();
    }

    @Test
    void windowsLeaveTheSolverRoomBeyondTheWitness() {
        PlanDocument plan = summit(HEADLINE).plan();
        long bounded = plan.events().stream()
                .filter(e -> e.earliestStart() != null || e.latestEnd() != null)
                .count();
        long wide = plan.events().stream()
                .filter(e -> e.earliestStart() == null
                        || e.latestEnd() == null
                        || e.latestEnd().isAfter(e.earliestStart().plusMinutes(e.durationMinutes() + 60L)))
                .count();

        assertThat(bounded).isGreaterThan(plan.events().size() / 2);
        assertThat(wide).isEqualTo(plan.events().size());
    }

    @Test
    void givenVenuesComeFirstAsTheyAreAndSyntheticSitesCompleteTheCount() {
        PlanDocument plan = summit(WITH_GIVEN_VENUES).plan();

        assertThat(plan.venues()).hasSize(50);
        assertThat(plan.venues().get(0)).isEqualTo(givenGuesthouse());
        assertThat(plan.venues().subList(1, 50))
                .allSatisfy(v -> assertThat(v.id()).startsWith("syn-"));
        assertThat(plan.horizon().start()).isEqualTo(LocalDateTime.of(2027, 3, 1, 0, 0));
    }

    @Test
    void aOneDaySummitKeepsEveryoneInTownForTheEvening() {
        PlanDocument plan = summit(ONE_DAY_HALF_HOURS).plan();

        assertThat(plan.events().stream().map(EventDoc::type)).contains(EventType.PLENARY, EventType.STATE_BANQUET);
        assertThat(plan.horizon().grainMinutes()).isEqualTo(30);
    }

    @Test
    void refusesOptionsTheFormatCannotHold() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummitOptions.of(10, 10, 3, 1).withGrainMinutes(7));
        assertThatIllegalArgumentException().isThrownBy(() -> SummitOptions.of(0, 10, 3, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummitOptions.of(10, 10, 3, 1).withHorizonStart(LocalDateTime.of(2026, 9, 7, 8, 0)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummitOptions.of(10, 10, 3, 1)
                        .withGivenVenues(
                                List.of(new VenueDoc("syn-001", "clash", 39.9, 116.4, SecurityGrade.A, 5, List.of()))));
    }

    @Test
    void refusesToDrawMoreEventsThanAPlanDocumentMayHold() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SummitGenerator.generate(
                        SummitOptions.of(1000, 10, 2, 1).withPairMeetings(10)))
                .withMessageContaining("5000");
    }

    private static EventDoc only(PlanDocument plan, EventType type) {
        List<EventDoc> found =
                plan.events().stream().filter(e -> e.type() == type).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** A made-up venue whose hall AB is made of halls A and B, each blacked out for a morning. */
    private static VenueDoc dividedGuesthouse() {
        Map<Layout, Integer> seats = Map.of(
                Layout.THEATRE,
                300,
                Layout.BANQUET,
                200,
                Layout.RECEPTION,
                300,
                Layout.ROUNDTABLE,
                40,
                Layout.CLASSROOM,
                150,
                Layout.CEREMONY,
                300);
        List<Feature> features = List.copyOf(EnumSet.of(
                Feature.INTERPRETATION,
                Feature.STAGE,
                Feature.KITCHEN,
                Feature.BROADCAST,
                Feature.PRESS_AREA,
                Feature.SECURE_HOLDING_ROOM,
                Feature.ACCESSIBLE));
        LocalDateTime day2 = LocalDateTime.of(2027, 3, 2, 8, 0);
        SpaceDoc a = new SpaceDoc(
                "test-divided-a",
                "Hall A",
                seats,
                features,
                30,
                List.of(),
                List.of(new Period(day2, day2.plusHours(4), "works")));
        SpaceDoc b = new SpaceDoc(
                "test-divided-b",
                "Hall B",
                seats,
                features,
                0,
                List.of(),
                List.of(new Period(day2.plusDays(1), day2.plusDays(1).plusHours(4), "works")));
        SpaceDoc ab = new SpaceDoc(
                "test-divided-ab",
                "Hall AB",
                seats,
                features,
                60,
                List.of(),
                List.of("test-divided-a", "test-divided-b"),
                List.of());
        return new VenueDoc(
                "test-divided", "Test divided guesthouse", 39.93, 116.42, SecurityGrade.A, 9, List.of(ab, a, b));
    }

    /** A made-up venue, not a real one: the tests need known figures without claiming them of a real place. */
    private static VenueDoc givenGuesthouse() {
        SpaceDoc hall = new SpaceDoc(
                "test-guesthouse-hall",
                "Test hall",
                Map.of(Layout.THEATRE, 800, Layout.BANQUET, 500, Layout.RECEPTION, 900),
                List.copyOf(EnumSet.of(Feature.INTERPRETATION, Feature.STAGE, Feature.KITCHEN, Feature.BROADCAST)),
                60,
                List.of(new OpeningWindow(7 * 60, 23 * 60)),
                List.of());
        return new VenueDoc("test-guesthouse", "Test guesthouse", 39.95, 116.40, SecurityGrade.A, 9, List.of(hall));
    }
}
