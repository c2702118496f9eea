package org.protocolplanner.planning.constraints;

import static org.protocolplanner.planning.fixtures.ScheduleFixtures.BRAZIL;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.CNCC;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.DIAOYUTAI;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.KENYA;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.NORWAY;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.clock;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.coAttendances;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.day;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.encounters;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.event;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.placed;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.space;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.staying;
import static org.protocolplanner.planning.fixtures.ScheduleFixtures.unscheduled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.protocolplanner.planning.fixtures.ScheduleFixtures;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.Precedence;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.Separation;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** Each hard rule and the medium rule penalise by the catalogue's amount, and not the legal case next to it. */
class HardRulesTest {

    private static final ConstraintVerifier<ProtocolConstraintProvider, ProtocolSchedule> VERIFIER =
            ConstraintVerifier.build(
                    new ProtocolConstraintProvider(), ProtocolSchedule.class, EngagementAssignment.class);

    private static final SpaceBrief BANQUET_HALL = space("banquet-hall", DIAOYUTAI)
            .seats(Layout.THEATRE, 100)
            .seats(Layout.BANQUET, 50)
            .features(Feature.INTERPRETATION)
            .build();
    private static final SpaceBrief FANGFEIYUAN =
            space("fangfeiyuan", DIAOYUTAI).seats(Layout.ROUNDTABLE, 20).build();
    private static final SpaceBrief PLENARY_HALL =
            space("plenary-hall", CNCC).seats(Layout.THEATRE, 5000).build();

    @Nested
    class SpaceCapacity {

        @Test
        void penalisesThePeopleOverCapacity() {
            EngagementBrief plenary = event("E1").headcount(120, Layout.THEATRE).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceCapacity)
                    .given(placed(plenary, BANQUET_HALL, clock("09:00")))
                    .penalizesBy(20);
        }

        @Test
        void penalisesTheWholeHeadcountWhenTheSpaceLacksTheLayout() {
            EngagementBrief briefing =
                    event("E2").headcount(10, Layout.ROUNDTABLE).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceCapacity)
                    .given(placed(briefing, BANQUET_HALL, clock("10:00")))
                    .penalizesBy(10);
        }

        @Test
        void acceptsAFullHall() {
            EngagementBrief plenary = event("E1").headcount(100, Layout.THEATRE).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceCapacity)
                    .given(
                            placed(plenary, BANQUET_HALL, clock("09:00")),
                            unscheduled(event("E9").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SpaceConflict {

        private final SpaceBrief hall =
                space("hall", DIAOYUTAI).seats(Layout.THEATRE, 100).turnover(30).build();

        @Test
        void penalisesTheOverlapOfBothBusyIntervals() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hall, clock("09:00")),
                            placed(event("E2").build(), hall, clock("09:00")))
                    .penalizesBy(90);
        }

        @Test
        void acceptsAnEventStartingOnceTheTurnoverIsDone() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hall, clock("09:00")),
                            placed(event("E2").build(), hall, clock("10:30")),
                            placed(event("E3").build(), BANQUET_HALL, clock("09:00")))
                    .penalizesBy(0);
        }
    }

    /**
     * Hall AB is made of halls A and B, hall BC of halls B and C: AB shares floor with A, B and BC, BC
     * with B, C and AB; A, B and C share none with each other, nor do AB and C, or BC and A.
     */
    @Nested
    class SpaceConflictOnSharedFloor {

        private final SpaceBrief hallA = space("hall-a", DIAOYUTAI).turnover(30).build();
        private final SpaceBrief hallB = space("hall-b", DIAOYUTAI).build();
        private final SpaceBrief hallC = space("hall-c", DIAOYUTAI).build();
        private final SpaceBrief hallAB =
                space("hall-ab", DIAOYUTAI).turnover(60).build();
        private final SpaceBrief hallBC = space("hall-bc", DIAOYUTAI).build();

        SpaceConflictOnSharedFloor() {
            SpaceBrief.divide(Map.of(hallAB, List.of(hallA, hallB), hallBC, List.of(hallB, hallC)));
        }

        @Test
        void penalisesAPartAgainstItsWholeWithThePartsOwnTurnover() {
            // A busy 09:00-10:30 (30 turnover), AB busy 10:00-12:00: 30, not AB's 60 for both.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallA, clock("09:00")),
                            placed(event("E2").build(), hallAB, clock("10:00")))
                    .penalizesBy(30);
        }

        @Test
        void penalisesAWholeAgainstItsPartWithTheWholesOwnTurnover() {
            // AB busy 08:00-10:00 (60 turnover), B busy 09:30-10:30: 30, not 0 with B's turnover for both.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallAB, clock("08:00")),
                            placed(event("E2").build(), hallB, clock("09:30")))
                    .penalizesBy(30);
        }

        @Test
        void penalisesTwoWholesWithAPartInCommon() {
            // AB busy 09:00-11:00, BC busy 10:00-11:00.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallAB, clock("09:00")),
                            placed(event("E2").build(), hallBC, clock("10:00")))
                    .penalizesBy(60);
        }

        @Test
        void penalisesEveryPairThatSharesFloor() {
            // AB 09:00-11:00 against A 09:00-10:30 (90) and B 09:00-10:00 (60); A and B share no floor.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallAB, clock("09:00")),
                            placed(event("E2").build(), hallA, clock("09:00")),
                            placed(event("E3").build(), hallB, clock("09:00")))
                    .penalizesBy(90 + 60);
        }

        @Test
        void acceptsTwoPartsOfOneHallAndSpacesOfOneFloorThatShareNone() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallA, clock("09:00")),
                            placed(event("E2").build(), hallB, clock("09:00")),
                            placed(event("E3").build(), hallC, clock("09:00")))
                    .penalizesBy(0);
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallAB, clock("09:00")),
                            placed(event("E2").build(), hallC, clock("09:00")))
                    .penalizesBy(0);
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallBC, clock("09:00")),
                            placed(event("E2").build(), hallA, clock("09:00")))
                    .penalizesBy(0);
        }

        @Test
        void acceptsAPartOnceItsWholesTurnoverIsDone() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceConflict)
                    .given(
                            placed(event("E1").build(), hallAB, clock("09:00")),
                            placed(event("E2").build(), hallA, clock("11:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class DelegationClash {

        @Test
        void penalisesTheOverlapPerDelegationAttendingBoth() {
            EngagementBrief talks = event("E2").attendedBy(KENYA, BRAZIL).build();
            EngagementBrief briefing =
                    event("E4").attendedBy(KENYA, BRAZIL).minutes(30).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::delegationClash)
                    .given(given(
                            coAttendances(talks, briefing),
                            placed(talks, BANQUET_HALL, clock("10:00")),
                            placed(briefing, FANGFEIYUAN, clock("10:30"))))
                    .penalizesBy(60);
        }

        @Test
        void acceptsBackToBackEventsAndOtherDelegations() {
            EngagementBrief talks = event("E2").attendedBy(KENYA).build();
            EngagementBrief briefing = event("E4").attendedBy(KENYA).build();
            EngagementBrief other = event("E5").attendedBy(BRAZIL).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::delegationClash)
                    .given(given(
                            coAttendances(talks, briefing, other),
                            placed(talks, BANQUET_HALL, clock("10:00")),
                            placed(briefing, FANGFEIYUAN, clock("11:00")),
                            placed(other, PLENARY_HALL, clock("11:00"))))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TravelTime {

        @Test
        void penalisesTheMinutesShortOfTheTrip() {
            EngagementBrief plenary = event("E1").attendedBy(KENYA).build();
            EngagementBrief talks = event("E3").attendedBy(KENYA).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::travelTime)
                    .given(given(
                            coAttendances(plenary, talks),
                            placed(plenary, BANQUET_HALL, clock("09:00")),
                            placed(talks, PLENARY_HALL, clock("10:15"))))
                    .penalizesBy(35 - 15);
        }

        @Test
        void countsEveryOrderedPairNotOnlyConsecutiveOnes() {
            EngagementBrief plenary = event("E1").attendedBy(KENYA).build();
            EngagementBrief lunch = event("E2").attendedBy(KENYA).minutes(30).build();
            EngagementBrief talks = event("E3").attendedBy(KENYA).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::travelTime)
                    .given(given(
                            coAttendances(plenary, lunch, talks),
                            placed(plenary, BANQUET_HALL, clock("09:00")),
                            placed(lunch, FANGFEIYUAN, clock("10:00")),
                            placed(talks, PLENARY_HALL, clock("10:30"))))
                    .penalizesBy((35 - 30) + (35 - 0));
        }

        @Test
        void acceptsAGapAsLongAsTheTripAndEventsAtOneVenue() {
            EngagementBrief plenary = event("E1").attendedBy(KENYA).build();
            EngagementBrief talks = event("E3").attendedBy(KENYA).build();
            EngagementBrief lunch = event("E2").attendedBy(BRAZIL).build();
            EngagementBrief dinner = event("E4").attendedBy(BRAZIL).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::travelTime)
                    .given(given(
                            coAttendances(plenary, talks, lunch, dinner),
                            placed(plenary, BANQUET_HALL, clock("09:00")),
                            placed(talks, PLENARY_HALL, clock("10:35")),
                            placed(lunch, BANQUET_HALL, clock("12:00")),
                            placed(dinner, FANGFEIYUAN, clock("13:00"))))
                    .penalizesBy(0);
        }

        @Test
        void ignoresAnotherDelegationsTrip() {
            EngagementBrief plenary = event("E1").attendedBy(KENYA).build();
            EngagementBrief talks = event("E3").attendedBy(BRAZIL).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::travelTime)
                    .given(given(
                            coAttendances(plenary, talks),
                            placed(plenary, BANQUET_HALL, clock("09:00")),
                            placed(talks, PLENARY_HALL, clock("10:00"))))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SecurityGrade_ {

        private final SpaceBrief municipalRoom = space("room", ScheduleFixtures.GUESTHOUSE)
                .seats(Layout.THEATRE, 50)
                .build();

        @Test
        void penalisesEachGradeStepShort() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::securityGrade)
                    .given(
                            placed(event("E3").grade(SecurityGrade.A).build(), municipalRoom, clock("10:00")),
                            placed(event("E4").grade(SecurityGrade.B).build(), municipalRoom, clock("12:00")))
                    .penalizesBy(2 + 1);
        }

        @Test
        void acceptsAVenueOfTheRequiredGrade() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::securityGrade)
                    .given(
                            placed(event("E3").grade(SecurityGrade.A).build(), BANQUET_HALL, clock("10:00")),
                            placed(event("E4").grade(SecurityGrade.C).build(), municipalRoom, clock("12:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class SpaceAvailability {

        private final SpaceBrief hall = space("hall", DIAOYUTAI)
                .seats(Layout.THEATRE, 100)
                .open(clock("08:00"), clock("12:00"))
                .open(clock("11:00"), clock("18:00"))
                .blackout(day(2, "08:00"), day(2, "09:00"))
                .build();

        @Test
        void penalisesMinutesBeforeOpeningAndInABlackoutEach() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(placed(event("E7").minutes(120).build(), hall, day(2, "07:00")))
                    .penalizesBy(60 + 60);
        }

        @Test
        void penalisesMinutesAfterClosing() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(placed(event("E8").build(), hall, day(2, "17:30")))
                    .penalizesBy(30);
        }

        @Test
        void countsAMinuteClosedAndBlockedTwiceAndOverlappingBlocksEach() {
            SpaceBrief closedAtNight = space("terrace", DIAOYUTAI)
                    .open(clock("08:00"), clock("22:00"))
                    .blackout(day(1, "21:00"), day(1, "23:00"))
                    .closure(day(1, "21:30"), day(1, "22:30"))
                    .build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(placed(event("E1").build(), closedAtNight, day(1, "21:30")))
                    .penalizesBy(30 + 60 + 60);
        }

        @Test
        void acceptsAnEventWithinTheUnionOfTheWindows() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(
                            placed(event("E1").minutes(120).build(), hall, day(1, "10:30")),
                            placed(event("E2").build(), hall, day(2, "09:00")))
                    .penalizesBy(0);
        }
    }

    /**
     * Hall AB is made of halls A and B: a blackout or closure of AB blocks A and B, one of A blocks AB
     * but not B. Opening hours stay each space's own.
     */
    @Nested
    class SpaceAvailabilityOnSharedFloor {

        private final SpaceBrief hallA = space("hall-a", DIAOYUTAI)
                .open(clock("08:00"), clock("18:00"))
                .blackout(day(1, "09:00"), day(1, "10:00"))
                .build();
        private final SpaceBrief hallB = space("hall-b", DIAOYUTAI)
                .closure(day(1, "09:30"), day(1, "10:30"))
                .build();
        private final SpaceBrief hallAB = space("hall-ab", DIAOYUTAI)
                .closure(day(1, "14:00"), day(1, "15:00"))
                .build();

        SpaceAvailabilityOnSharedFloor() {
            SpaceBrief.divide(Map.of(hallAB, List.of(hallA, hallB)));
        }

        @Test
        void countsTheBlocksOfEachPartAgainstTheWhole() {
            // 09:00-10:00: A's blackout 60, B's closure 30.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(placed(event("E1").build(), hallAB, clock("09:00")))
                    .penalizesBy(60 + 30);
        }

        @Test
        void countsTheWholesClosureAgainstEachPart() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(
                            placed(event("E1").build(), hallA, clock("14:30")),
                            placed(event("E2").build(), hallB, clock("13:30")))
                    .penalizesBy(30 + 30);
        }

        @Test
        void leavesTheOtherPartAndTheOpeningHoursAlone() {
            // B is clear of A's blackout; AB is open at 19:00 although A is not.
            VERIFIER.verifyThat(ProtocolConstraintProvider::spaceAvailability)
                    .given(
                            placed(event("E1").minutes(30).build(), hallB, clock("09:00")),
                            placed(event("E2").build(), hallAB, clock("19:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class EventWindow {

        @Test
        void penalisesAStartBeforeTheEarliestStart() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventWindow)
                    .given(placed(event("E5").notBefore(clock("14:00")).build(), BANQUET_HALL, clock("12:00")))
                    .penalizesBy(120);
        }

        @Test
        void countsEachDelegationsBoundAndTheEventsOwn() {
            DelegationBrief early = staying("del-early", 0, day(2, "18:00"));
            DelegationBrief earlier = staying("del-earlier", 0, day(2, "17:45"));
            EngagementBrief farewell = event("E8")
                    .attendedBy(early, earlier)
                    .notAfter(day(2, "18:00"))
                    .build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventWindow)
                    .given(placed(farewell, BANQUET_HALL, day(2, "17:30")))
                    .penalizesBy(30 + 30 + 45);
        }

        @Test
        void penalisesAnEndAfterTheHorizon() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventWindow)
                    .given(placed(event("E1").build(), BANQUET_HALL, day(7, "23:30")))
                    .penalizesBy(30);
        }

        @Test
        void acceptsAnEventFillingItsWindowExactly() {
            DelegationBrief visiting = staying("del-visit", day(1, "14:00"), day(1, "16:00"));
            EngagementBrief talks = event("E5")
                    .attendedBy(visiting)
                    .minutes(120)
                    .notBefore(clock("14:00"))
                    .notAfter(clock("16:00"))
                    .build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventWindow)
                    .given(placed(talks, BANQUET_HALL, clock("14:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class RequiredFeatures {

        @Test
        void penalisesEachMissingFeature() {
            EngagementBrief talks = event("E3")
                    .needs(Feature.INTERPRETATION, Feature.STAGE, Feature.BROADCAST)
                    .build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::requiredFeatures)
                    .given(placed(talks, BANQUET_HALL, clock("10:00")))
                    .penalizesBy(2);
        }

        @Test
        void acceptsASpaceWithEveryFeature() {
            EngagementBrief talks = event("E3").needs(Feature.INTERPRETATION).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::requiredFeatures)
                    .given(placed(talks, BANQUET_HALL, clock("10:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ExcludedSpace {

        @Test
        void penalisesAnEventInASpaceItExcludes() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::excludedSpace)
                    .given(placed(event("E1").excludes(PLENARY_HALL).build(), PLENARY_HALL, clock("10:00")))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAnyOtherSpace() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::excludedSpace)
                    .given(placed(event("E1").excludes(PLENARY_HALL).build(), BANQUET_HALL, clock("10:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class DelegationSeparation {

        private final Separation keptApart = new Separation(KENYA, BRAZIL);

        @Test
        void penalisesSeparatedDelegationsAtOneVenueAtOnce() {
            EngagementBrief talks = event("E3").attendedBy(KENYA).build();
            EngagementBrief briefing =
                    event("E4").attendedBy(BRAZIL).minutes(30).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::delegationSeparation)
                    .given(given(
                            encounters(keptApart, talks, briefing),
                            placed(talks, BANQUET_HALL, clock("10:00")),
                            placed(briefing, FANGFEIYUAN, clock("10:30"))))
                    .penalizesBy(30);
        }

        @Test
        void countsAPairOfEventsOnceWhenBothDelegationsAreInBoth() {
            EngagementBrief talks = event("E3").attendedBy(KENYA, BRAZIL).build();
            EngagementBrief lunch =
                    event("E4").attendedBy(KENYA, BRAZIL, NORWAY).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::delegationSeparation)
                    .given(given(
                            encounters(keptApart, talks, lunch),
                            placed(talks, BANQUET_HALL, clock("10:00")),
                            placed(lunch, FANGFEIYUAN, clock("10:15"))))
                    .penalizesBy(45);
        }

        @Test
        void acceptsAMeetingBothAttendAndOtherVenues() {
            EngagementBrief agreedMeeting =
                    event("E3").attendedBy(KENYA, BRAZIL).build();
            EngagementBrief talks = event("E4").attendedBy(KENYA).build();
            EngagementBrief briefing = event("E5").attendedBy(BRAZIL).build();
            VERIFIER.verifyThat(ProtocolConstraintProvider::delegationSeparation)
                    .given(given(
                            encounters(keptApart, agreedMeeting, talks, briefing),
                            placed(agreedMeeting, BANQUET_HALL, clock("10:00")),
                            placed(talks, BANQUET_HALL, clock("12:00")),
                            placed(briefing, PLENARY_HALL, clock("12:00"))))
                    .penalizesBy(0);
        }
    }

    @Nested
    class EventOrder {

        private final EngagementBrief plenary = event("E5").build();
        private final EngagementBrief pressConference = event("E6").build();
        private final Precedence afterPlenary = new Precedence(plenary, pressConference);

        @Test
        void penalisesALaterEventStartingBeforeTheEarlierEnds() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventOrder)
                    .given(
                            afterPlenary,
                            placed(plenary, BANQUET_HALL, clock("12:00")),
                            placed(pressConference, PLENARY_HALL, clock("12:30")))
                    .penalizesBy(30);
        }

        @Test
        void acceptsALaterEventStartingAsTheEarlierEnds() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventOrder)
                    .given(
                            afterPlenary,
                            placed(plenary, BANQUET_HALL, clock("12:00")),
                            placed(pressConference, PLENARY_HALL, clock("13:00")))
                    .penalizesBy(0);
        }

        @Test
        void skipsTheRuleWhenTheEarlierEventIsUnscheduled() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::eventOrder)
                    .given(afterPlenary, unscheduled(plenary), placed(pressConference, PLENARY_HALL, clock("08:00")))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnscheduledEvent {

        @Test
        void penalisesThePriorityOfAnEventWithoutSpaceOrStart() {
            EngagementAssignment withoutStart =
                    unscheduled(event("E2").priority(3).build());
            withoutStart.setSpace(BANQUET_HALL);
            VERIFIER.verifyThat(ProtocolConstraintProvider::unscheduledEvent)
                    .given(unscheduled(event("E9").priority(7).build()), withoutStart)
                    .penalizesBy(7 + 3);
        }

        @Test
        void acceptsAScheduledEvent() {
            VERIFIER.verifyThat(ProtocolConstraintProvider::unscheduledEvent)
                    .given(placed(event("E1").priority(10).build(), BANQUET_HALL, clock("09:00")))
                    .penalizesBy(0);
        }
    }

    /** The facts and entities of a case as one argument list. */
    private static Object[] given(List<?> facts, Object... more) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
