package org.protocolplanner.planning.constraints;

import static org.protocolplanner.planning.fixtures.ScheduleFixtures.BRAZIL;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.CNCC;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.DIAOYUTAI;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.GUESTHOUSE;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.KENYA;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.attendances;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.clock;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.coAttendances;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.day;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.delegation;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.event;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.placed;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.space;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/** Each soft rule penalises in the unit it documents, and not the better case next to it. */
class SoftRulesTest {

    private static final ConstraintVerifier<ProtocolConstraintProvider, ProtocolSchedule> VERIFIER =
            ConstraintVerifier.build(
                    new ProtocolConstraintProvider(), ProtocolSchedule.class, EngagementAssignment.class);

    private static final SpaceBrief BANQUET_HALL =
            space("banquet-hall", DIAOYUTAI).seats(Layout.THEATRE, 120).build();
    private static final SpaceBrief FANGFEIYUAN =
            space("fangfeiyuan", DIAOYUTAI).seats(Layout.THEATRE, 30).build();
    private static final SpaceBrief PLENARY_HALL =
            space("plenary-hall", CNCC).seats(Layout.THEATRE, 5000).build();
    private static final SpaceBrief MUNICIPAL_ROOM =
            space("municipal-room", GUESTHOUSE).seats(Layout.THEATRE, 40).build();
    private static final DelegationBrief FRANCE = delegation("del-fr", HeadRank.HEAD_OF_STATE);

    @Nested
    class RankPrestige {

        @Test
        void penalisesThePrestigePointsBelowWhatTheRankDeserves() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.rankPrestige(factory))
                    .given(placed(event("talks").attendedBy(KENYA, BRAZIL).build(), MUNICIPAL_ROOM, clock("10:00")))
                    .penalizesBy(9 - 4);
        }

        @Test
        void acceptsAFittingVenueAndEventsNoDelegationAttends() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.rankPrestige(factory))
                    .given(
                            placed(event("talks").attendedBy(KENYA).build(), BANQUET_HALL, clock("10:00")),
                            placed(event("briefing").attendedBy(BRAZIL).build(), CNCC_ROOM, clock("10:00")),
                            placed(event("rehearsal").build(), MUNICIPAL_ROOM, clock("10:00")))
                    .penalizesBy(0);
        }
    }

    private static final SpaceBrief CNCC_ROOM =
            space("cncc-room", CNCC).seats(Layout.THEATRE, 30).build();

    @Nested
    class EqualTreatment {

        private final EngagementBrief kenyaTalks = event("talks-ke")
                .type(EventType.BILATERAL_TALKS)
                .attendedBy(KENYA)
                .build();
        private final EngagementBrief franceTalks = event("talks-fr")
                .type(EventType.BILATERAL_TALKS)
                .attendedBy(FRANCE)
                .build();

        @Test
        void penalisesTheSquaredPrestigeDifferenceBetweenPeers() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.equalTreatment(factory))
                    .given(
                            placed(kenyaTalks, BANQUET_HALL, clock("10:00")),
                            placed(franceTalks, MUNICIPAL_ROOM, clock("10:00")))
                    .penalizesBy((9 - 4) * (9 - 4));
        }

        @Test
        void acceptsEqualVenuesAndComparesOnlyEngagementsOfOneTypeLedByOneRank() {
            EngagementBrief brazilTalks = event("talks-br")
                    .type(EventType.BILATERAL_TALKS)
                    .attendedBy(BRAZIL)
                    .build();
            EngagementBrief franceLunch = event("lunch-fr")
                    .type(EventType.WORKING_LUNCH)
                    .attendedBy(FRANCE)
                    .build();
            EngagementBrief jointTalks = event("talks-ke-fr")
                    .type(EventType.BILATERAL_TALKS)
                    .attendedBy(KENYA, FRANCE)
                    .build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.equalTreatment(factory))
                    .given(
                            placed(kenyaTalks, BANQUET_HALL, clock("10:00")),
                            placed(franceTalks, FANGFEIYUAN, clock("10:00")),
                            placed(jointTalks, FANGFEIYUAN, clock("15:00")),
                            placed(brazilTalks, MUNICIPAL_ROOM, clock("10:00")),
                            placed(franceLunch, MUNICIPAL_ROOM, clock("12:00")))
                    .penalizesBy(0);
        }

        @Test
        void countsTalksBetweenTwoHeadsOfStateAmongTheirRanksTalks() {
            EngagementBrief jointTalks = event("talks-ke-br")
                    .type(EventType.BILATERAL_TALKS)
                    .attendedBy(KENYA, BRAZIL)
                    .build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.equalTreatment(factory))
                    .given(
                            placed(kenyaTalks, BANQUET_HALL, clock("10:00")),
                            placed(franceTalks, BANQUET_HALL, clock("12:00")),
                            placed(jointTalks, MUNICIPAL_ROOM, clock("15:00")))
                    .penalizesBy(2 * (9 - 4) * (9 - 4));
        }
    }

    @Nested
    class TravelBurden {

        private final DelegationBrief kenyaAtDiaoyutai =
                new DelegationBrief("del-ke", "Kenya", HeadRank.HEAD_OF_STATE, 40, 0, day(8, "00:00"), DIAOYUTAI);

        @Test
        void countsFromTheHotelBetweenEngagementsAndBackPerDay() {
            EngagementBrief plenary =
                    event("plenary").attendedBy(kenyaAtDiaoyutai).build();
            EngagementBrief visit = event("visit").attendedBy(kenyaAtDiaoyutai).build();
            EngagementBrief talks = event("talks").attendedBy(kenyaAtDiaoyutai).build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.travelBurden(factory))
                    .given(given(
                            attendances(plenary, visit, talks),
                            placed(visit, MUNICIPAL_ROOM, day(1, "14:00")),
                            placed(plenary, PLENARY_HALL, day(1, "09:00")),
                            placed(talks, FANGFEIYUAN, day(2, "10:00"))))
                    .penalizesBy(35 + 25 + 20);
        }

        @Test
        void countsOnlyLegsBetweenEngagementsWithoutAHotel() {
            EngagementBrief plenary = event("plenary").attendedBy(KENYA).build();
            EngagementBrief visit = event("visit").attendedBy(KENYA).build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.travelBurden(factory))
                    .given(given(
                            attendances(plenary, visit),
                            placed(plenary, PLENARY_HALL, day(1, "09:00")),
                            placed(visit, MUNICIPAL_ROOM, day(1, "14:00"))))
                    .penalizesBy(25);
        }

        @Test
        void acceptsADayAtTheHotel() {
            EngagementBrief talks = event("talks").attendedBy(kenyaAtDiaoyutai).build();
            EngagementBrief banquet =
                    event("banquet").attendedBy(kenyaAtDiaoyutai).build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.travelBurden(factory))
                    .given(given(
                            attendances(talks, banquet),
                            placed(talks, FANGFEIYUAN, day(1, "10:00")),
                            placed(banquet, BANQUET_HALL, day(1, "19:00"))))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CapacityFit {

        @Test
        void penalisesTheShareOfSeatsLeftEmptyBeyondTheMargin() {
            // 5,000 - 20 - 2 = 4,978 empty seats beyond the margin: 99.56 % of the hall, rounded down.
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.capacityFit(factory))
                    .given(placed(event("talks").headcount(20, Layout.THEATRE).build(), PLENARY_HALL, clock("10:00")))
                    .penalizesBy(99);
        }

        @Test
        void countsEmptyChairsAtASmallTableMoreThanAsManyInALargeHall() {
            // 30 - 12 - 2 = 16 of 30 seats (53 %); 120 - 100 - 10 = 10 of 120 seats (8 %).
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.capacityFit(factory))
                    .given(
                            placed(event("talks").headcount(12, Layout.THEATRE).build(), FANGFEIYUAN, clock("10:00")),
                            placed(
                                    event("briefing")
                                            .headcount(100, Layout.THEATRE)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("14:00")))
                    .penalizesBy(53 + 8);
        }

        @Test
        void acceptsEmptySeatsWithinATenthOfTheHeadcount() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.capacityFit(factory))
                    .given(
                            placed(
                                    event("reception")
                                            .headcount(110, Layout.THEATRE)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("10:00")),
                            placed(event("talks").headcount(28, Layout.THEATRE).build(), FANGFEIYUAN, clock("14:00")),
                            placed(
                                    event("lunch")
                                            .headcount(10, Layout.ROUNDTABLE)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("16:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class PreferredSpace {

        @Test
        void penalisesAnEventOutsideItsPreferredSpaces() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.preferredSpace(factory))
                    .given(placed(event("talks").prefers(FANGFEIYUAN).build(), BANQUET_HALL, clock("10:00")))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAPreferredSpaceOrNoPreference() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.preferredSpace(factory))
                    .given(
                            placed(
                                    event("talks")
                                            .prefers(FANGFEIYUAN)
                                            .prefers(BANQUET_HALL)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("10:00")),
                            placed(event("lunch").build(), PLENARY_HALL, clock("12:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class CustomaryHours {

        @Test
        void countsOneForEachEventOffItsTypesHours() {
            // An evening reception at noon, a working lunch at 07:45 and talks at 21:45: each off by its type.
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.customaryHours(factory))
                    .given(
                            placed(
                                    event("reception")
                                            .type(EventType.RECEPTION)
                                            .minutes(120)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("12:00")),
                            placed(
                                    event("lunch")
                                            .type(EventType.WORKING_LUNCH)
                                            .minutes(60)
                                            .build(),
                                    FANGFEIYUAN,
                                    clock("07:45")),
                            placed(
                                    event("talks")
                                            .type(EventType.BILATERAL_TALKS)
                                            .minutes(60)
                                            .build(),
                                    PLENARY_HALL,
                                    clock("21:45")))
                    .penalizesBy(3);
        }

        @Test
        void keepsBothEndsOfTheStartWindowAndTheLatestEnd() {
            // Talks may start 08:00-18:00 and end by 20:00; a banquet start 17:00-21:00, end by 23:00.
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.customaryHours(factory))
                    .given(
                            placed(
                                    event("first")
                                            .type(EventType.BILATERAL_TALKS)
                                            .build(),
                                    FANGFEIYUAN,
                                    clock("08:00")),
                            placed(
                                    event("last")
                                            .type(EventType.BILATERAL_TALKS)
                                            .minutes(120)
                                            .build(),
                                    PLENARY_HALL,
                                    clock("18:00")),
                            placed(
                                    event("banquet")
                                            .type(EventType.STATE_BANQUET)
                                            .minutes(120)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("21:00")))
                    .penalizesBy(0);
        }

        @Test
        void countsAStartOneGrainOutsideTheWindowAndAnEndPastTheLatestEnd() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.customaryHours(factory))
                    .given(
                            placed(
                                    event("early")
                                            .type(EventType.WELCOME_CEREMONY)
                                            .build(),
                                    FANGFEIYUAN,
                                    clock("07:45")),
                            placed(
                                    event("late")
                                            .type(EventType.WELCOME_CEREMONY)
                                            .build(),
                                    PLENARY_HALL,
                                    clock("12:15")),
                            placed(
                                    event("long")
                                            .type(EventType.BILATERAL_TALKS)
                                            .minutes(135)
                                            .build(),
                                    BANQUET_HALL,
                                    clock("18:00")))
                    .penalizesBy(3);
        }

        @Test
        void countsAnEventThatRunsPastMidnight() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.customaryHours(factory))
                    .given(placed(
                            event("banquet")
                                    .type(EventType.STATE_BANQUET)
                                    .minutes(240)
                                    .build(),
                            BANQUET_HALL,
                            clock("21:00")))
                    .penalizesBy(1);
        }
    }

    @Nested
    class RestGap {

        @Test
        void penalisesThePauseShortOfThirtyMinutes() {
            EngagementBrief talks = event("talks").attendedBy(KENYA).build();
            EngagementBrief press = event("press").attendedBy(KENYA).build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.restGap(factory))
                    .given(given(
                            coAttendances(talks, press),
                            placed(talks, BANQUET_HALL, clock("09:00")),
                            placed(press, FANGFEIYUAN, clock("10:10"))))
                    .penalizesBy(20);
        }

        @Test
        void acceptsAFullPauseAndOtherDelegations() {
            EngagementBrief talks = event("talks").attendedBy(KENYA).build();
            EngagementBrief press = event("press").attendedBy(KENYA).build();
            EngagementBrief briefing = event("briefing").attendedBy(BRAZIL).build();
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.restGap(factory))
                    .given(given(
                            coAttendances(talks, press, briefing),
                            placed(talks, BANQUET_HALL, clock("09:00")),
                            placed(press, FANGFEIYUAN, clock("10:30")),
                            placed(briefing, PLENARY_HALL, clock("10:00"))))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MotorcadeLoad {

        @Test
        void penalisesHeadsOfStateArrivingAtOneVenueWithinHalfAnHour() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.motorcadeLoad(factory))
                    .given(
                            placed(event("talks-ke").attendedBy(KENYA).build(), BANQUET_HALL, clock("10:00")),
                            placed(event("talks-fr").attendedBy(FRANCE).build(), FANGFEIYUAN, clock("10:10")))
                    .penalizesBy(20);
        }

        @Test
        void acceptsSpacedArrivalsOtherVenuesAndMinisters() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.motorcadeLoad(factory))
                    .given(
                            placed(event("talks-ke").attendedBy(KENYA).build(), BANQUET_HALL, clock("10:00")),
                            placed(event("talks-fr").attendedBy(FRANCE).build(), FANGFEIYUAN, clock("10:30")),
                            placed(event("visit-fr").attendedBy(FRANCE).build(), PLENARY_HALL, clock("10:00")),
                            placed(event("talks-br").attendedBy(BRAZIL).build(), MUNICIPAL_ROOM, clock("10:05")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class PlanStability {

        private final EngagementBrief published =
                event("talks").published(FANGFEIYUAN, day(1, "10:00")).build();

        @Test
        void weighsAnotherSpaceOfTheVenuePlusAnotherDay() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.planStability(factory))
                    .given(placed(published, BANQUET_HALL, day(2, "10:00")))
                    .penalizesBy(30 + 60);
        }

        @Test
        void weighsAnotherVenueMoreThanAnotherTimeThatDay() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.planStability(factory))
                    .given(
                            placed(published, PLENARY_HALL, day(1, "10:00")),
                            placed(
                                    event("lunch")
                                            .published(BANQUET_HALL, day(1, "12:00"))
                                            .build(),
                                    BANQUET_HALL,
                                    day(1, "13:00")))
                    .penalizesBy(100 + 20);
        }

        @Test
        void acceptsAnEventWhereItWasPublished() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.planStability(factory))
                    .given(
                            placed(published, FANGFEIYUAN, day(1, "10:00")),
                            placed(event("new").build(), BANQUET_HALL, day(3, "10:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class VenueLoad {

        @Test
        void penalisesEngagementsAboveEightAVenueADay() {
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.venueLoad(factory))
                    .given(engagementsAtDiaoyutai(day(1, "08:00"), 9).toArray())
                    .penalizesBy(1);
        }

        @Test
        void acceptsEightADay() {
            List<Object> twoDays = new ArrayList<>(engagementsAtDiaoyutai(day(1, "08:00"), 8));
            twoDays.addAll(engagementsAtDiaoyutai(day(2, "08:00"), 8));
            VERIFIER.verifyThat((provider, factory) -> SoftConstraints.venueLoad(factory))
                    .given(twoDays.toArray())
                    .penalizesBy(0);
        }

        private List<EngagementAssignment> engagementsAtDiaoyutai(int firstStart, int count) {
            List<EngagementAssignment> assignments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SpaceBrief space = i % 2 == 0 ? BANQUET_HALL : FANGFEIYUAN;
                assignments.add(placed(event("E" + firstStart + "-" + i).build(), space, firstStart + 60 * (i / 2)));
            }
            return assignments;
        }
    }

    private static Object[] given(List<?> facts, Object... more) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
