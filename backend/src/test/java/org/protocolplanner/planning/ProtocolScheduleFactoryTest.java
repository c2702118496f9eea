package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.at;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withClosures;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withEventChanged;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withHorizonStart;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.withVenues;
import static org.protocolplanner.planning.fixtures.PlanDocumentFixtures.workedExample;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** The model carries the derived values of docs/reference/exchange-format.md and narrows candidates to what can fit. */
class ProtocolScheduleFactoryTest {

    private static final int DAY = 1440;

    private final ProtocolScheduleFactory factory = new ProtocolScheduleFactory();

    @Test
    void derivesTravelMinutesDurationsAndGrades() {
        ProtocolSchedule schedule = factory.create(workedExample());

        assertThat(schedule.getVenues()
                        .get(0)
                        .travelMinutesTo(schedule.getVenues().get(1)))
                .isEqualTo(33);
        assertThat(assignment(schedule, "E3").getEngagement().durationMinutes()).isEqualTo(45);
        assertThat(assignment(schedule, "E3").getEngagement().needs().requiredGrade())
                .isEqualTo(SecurityGrade.A);
        assertThat(assignment(schedule, "E4").getEngagement().needs().requiredGrade())
                .isEqualTo(SecurityGrade.B);
    }

    @Test
    void raisesTheRequiredGradeToTheEventsMinimum() {
        PlanDocument plan = withEventChanged(workedExample(), "E4", List.of(), SecurityGrade.A);

        assertThat(assignment(factory.create(plan), "E4")
                        .getEngagement()
                        .needs()
                        .requiredGrade())
                .isEqualTo(SecurityGrade.A);
    }

    @Test
    void placesPinnedEventsAndLeavesTheRestUnscheduled() {
        ProtocolSchedule schedule = factory.create(workedExample());

        EngagementAssignment pinned = assignment(schedule, "E10");
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getSpace().id()).isEqualTo("S2");
        assertThat(pinned.getStart()).isEqualTo(DAY + 12 * 60);
        assertThat(schedule.getAssignments())
                .filteredOn(a -> !a.getId().equals("E10"))
                .allSatisfy(a -> assertThat(a.isScheduled()).isFalse());
    }

    @Test
    void keepsEachSeparatedPairAndOrderOnce() {
        ProtocolSchedule schedule = factory.create(workedExample());

        assertThat(schedule.getSeparations())
                .singleElement()
                .extracting(s -> s.one().id() + "|" + s.other().id())
                .isEqualTo("D1|D2");
        assertThat(schedule.getPrecedences())
                .extracting(p -> p.earlier().id() + "<" + p.later().id())
                .containsExactly("E1<E5", "E5<E6");
        assertThat(schedule.getAttendances()).hasSize(10);
    }

    @Test
    void offersOnlySpacesThatSeatTheEventWithItsFeaturesAndGrade() {
        ProtocolSchedule schedule = factory.create(workedExample());

        assertThat(assignment(schedule, "E1").getCandidateSpaces().isEmpty())
                .as("120 people, 100 seats")
                .isTrue();
        assertThat(assignment(schedule, "E2").getCandidateSpaces().isEmpty())
                .as("roundtable only in grade C")
                .isTrue();
        assertThat(assignment(schedule, "E3").getCandidateStarts().isEmpty())
                .as("no space, no start")
                .isTrue();
        assertThat(spaceIds(assignment(schedule, "E5"))).containsExactly("S1");
    }

    @Test
    void dropsAnExcludedSpace() {
        PlanDocument plan = withEventChanged(workedExample(), "E8", List.of("S1"), null);

        assertThat(assignment(factory.create(plan), "E8").getCandidateSpaces().isEmpty())
                .isTrue();
    }

    @Test
    void offersStartsWithinTheWindowTheOpeningHoursAndClearOfBlackouts() {
        EngagementAssignment afterLunch = assignment(factory.create(workedExample()), "E5");

        var starts = afterLunch.getCandidateStarts();
        assertThat(starts.contains(13 * 60 + 45))
                .as("before its earliest start")
                .isFalse();
        assertThat(starts.contains(14 * 60)).isTrue();
        assertThat(starts.contains(17 * 60)).as("ends at closing").isTrue();
        assertThat(starts.contains(17 * 60 + 15)).as("ends after closing").isFalse();
        assertThat(starts.contains(DAY + 8 * 60 + 30)).as("in the blackout").isFalse();
        assertThat(starts.contains(DAY + 9 * 60)).isTrue();
        assertThat(starts.contains(DAY + 17 * 60))
                .as("ends as the delegation departs")
                .isTrue();
        assertThat(starts.getSize()).isEqualTo(13 + 33);
    }

    @Test
    void treatsAClosureOfThePlanLikeABlackout() {
        PlanDocument plan = withClosures(
                workedExample(),
                List.of(new ClosureDoc("S1", at("2026-09-01T14:00"), at("2026-09-01T15:00"), "booked", true)));

        var starts = assignment(factory.create(plan), "E5").getCandidateStarts();
        assertThat(starts.contains(14 * 60 + 45)).isFalse();
        assertThat(starts.contains(15 * 60)).isTrue();
    }

    @Test
    void linksADividedHallToItsPartAndKeepsItsStartsClearOfThePartsClosure() {
        PlanDocument plan = withClosures(
                withWing(workedExample()),
                List.of(new ClosureDoc("S3", at("2026-09-01T14:00"), at("2026-09-01T15:00"), "works", false)));

        ProtocolSchedule schedule = factory.create(plan);

        SpaceBrief hall = schedule.getSpaces().get(0);
        SpaceBrief wing = schedule.getSpaces().get(1);
        SpaceBrief room = schedule.getSpaces().get(2);
        assertThat(hall.sharesFloorWith(wing)).isTrue();
        assertThat(wing.sharesFloorWith(hall)).isTrue();
        assertThat(hall.sharesFloorWith(room)).isFalse();
        assertThat(wing.floor()).isSameAs(hall.floor());
        assertThat(room.floor()).isSameAs(room);
        var starts = assignment(schedule, "E5").getCandidateStarts();
        assertThat(spaceIds(assignment(schedule, "E5"))).as("the wing seats 5").containsExactly("S1");
        assertThat(starts.contains(14 * 60 + 45)).as("in the wing's closure").isFalse();
        assertThat(starts.contains(15 * 60)).isTrue();
    }

    @Test
    void laysTheGridOfStartsFromTheHorizonsStart() {
        PlanDocument plan = withHorizonStart(workedExample(), at("2026-09-01T06:10"));

        var starts = assignment(factory.create(plan), "E8").getCandidateStarts();
        assertThat(starts.contains(8 * 60)).isFalse();
        assertThat(starts.contains(8 * 60 + 10)).isTrue();
        assertThat(starts.contains(16 * 60 + 55))
                .as("ends 17:55, before closing")
                .isTrue();
    }

    @Test
    void sharesOneRangeBetweenEngagementsWithTheSameNeeds() {
        ProtocolSchedule schedule = factory.create(workedExample());

        assertThat(assignment(schedule, "E8").getCandidateSpaces())
                .isSameAs(assignment(schedule, "E9").getCandidateSpaces());
        assertThat(assignment(schedule, "E8").getCandidateStarts())
                .isSameAs(assignment(schedule, "E9").getCandidateStarts());
        assertThat(assignment(schedule, "E7").getCandidateSpaces())
                .isSameAs(assignment(schedule, "E9").getCandidateSpaces());
    }

    /** The worked example with its hall S1 made of a new wing S3 that seats 5. */
    private static PlanDocument withWing(PlanDocument plan) {
        VenueDoc one = plan.venues().get(0);
        SpaceDoc hall = one.spaces().get(0);
        SpaceDoc dividedHall = new SpaceDoc(
                hall.id(),
                hall.name(),
                hall.capacity(),
                hall.features(),
                hall.turnoverMinutes(),
                hall.open(),
                List.of("S3"),
                hall.blackouts());
        SpaceDoc wing = new SpaceDoc("S3", "Wing", Map.of(Layout.THEATRE, 5), List.of(), 0, List.of(), List.of());
        return withVenues(
                plan,
                List.of(
                        new VenueDoc(
                                one.id(),
                                one.name(),
                                one.lat(),
                                one.lon(),
                                one.securityGrade(),
                                one.prestige(),
                                List.of(dividedHall, wing)),
                        plan.venues().get(1)));
    }

    private static EngagementAssignment assignment(ProtocolSchedule schedule, String eventId) {
        return schedule.getAssignments().stream()
                .filter(a -> a.getId().equals(eventId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> spaceIds(EngagementAssignment assignment) {
        var spaces = assignment.getCandidateSpaces();
        return LongStream.range(0, spaces.getSize())
                .mapToObj(i -> spaces.get(i).id())
                .toList();
    }
}
