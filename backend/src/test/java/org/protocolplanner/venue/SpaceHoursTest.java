package org.protocolplanner.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SolutionDocument.ConstraintRow;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.ScheduleScorer;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/**
 * A space's week and dated exceptions, written as the exchange format's daily windows and blackouts over a
 * plan's horizon, keep each date's own hours: the week of Monday 28 September 2026 with National Day
 * (Thursday 1 October) closed and a special evening opening on Saturday 3 October, counted by hand.
 */
class SpaceHoursTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 28);
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 10, 3);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 10, 4);
    private static final Horizon WEEK =
            new Horizon(MONDAY.atStartOfDay(), MONDAY.plusDays(7).atStartOfDay(), 15);
    private static final ScheduleScorer SCORER = new ScheduleScorer();

    /** Weekdays 09:00-12:00 and 18:00-22:00, Saturdays 10:00-16:00, closed on Sundays. */
    private static Venue venue() {
        Venue venue = new Venue("hours-venue", "Hours venue");
        venue.setCoordinates(39.9, 116.4);
        Space hall = venue.addSpace("hours-hall", "Hall");
        hall.setCapacity(Map.of(Layout.THEATRE, 100));
        List<SpaceOpeningWindow> week = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new SpaceOpeningWindow(9 * 60, 12 * 60, day));
            week.add(new SpaceOpeningWindow(18 * 60, 22 * 60, day));
        }
        week.add(new SpaceOpeningWindow(10 * 60, 16 * 60, DayOfWeek.SATURDAY));
        hall.setOpeningHours(week);
        hall.setOpeningExceptions(List.of(
                OpeningException.closed(NATIONAL_DAY),
                new OpeningException(SATURDAY, List.of(new OpeningWindow(19 * 60, 23 * 60 + 30)))));
        return venue;
    }

    @Test
    void opensTheUnionOfTheHorizonsHoursAndBlacksOutWhatEachDateDoesNotOpen() {
        SpaceDoc hall = VenueDocuments.toDocument(venue(), WEEK).spaces().get(0);

        // Saturday's weekly 10:00-16:00 never occurs: the special opening replaces it.
        assertThat(hall.open())
                .containsExactly(new OpeningWindow(9 * 60, 12 * 60), new OpeningWindow(18 * 60, 23 * 60 + 30));
        List<Period> expected = new ArrayList<>();
        for (LocalDate weekday : List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(4))) {
            expected.add(period(weekday, "22:00", "23:30", "outside this day's hours"));
        }
        expected.add(period(NATIONAL_DAY, "09:00", "12:00", "holiday: closed on this date"));
        expected.add(period(NATIONAL_DAY, "18:00", "23:30", "holiday: closed on this date"));
        expected.add(period(SATURDAY, "09:00", "12:00", "outside this date's special hours"));
        expected.add(period(SATURDAY, "18:00", "19:00", "outside this date's special hours"));
        expected.add(period(SUNDAY, "09:00", "12:00", "closed on Sundays"));
        expected.add(period(SUNDAY, "18:00", "23:30", "closed on Sundays"));
        assertThat(hall.blackouts()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aPlanScoredWithThemPenalisesExactlyTheMinutesOutsideEachDatesOwnHours() {
        PlanDocument plan = plan(VenueDocuments.toDocument(venue(), WEEK));

        assertThat(availabilityPenalty(plan, MONDAY.plusDays(4).atTime(21, 0)))
                .as("Friday 21:00-22:00")
                .isZero();
        assertThat(availabilityPenalty(plan, MONDAY.plusDays(1).atTime(21, 30)))
                .as("Tuesday until 22:30")
                .isEqualTo(30);
        assertThat(availabilityPenalty(plan, SATURDAY.atTime(18, 30)))
                .as("before the special opening")
                .isEqualTo(30);
        assertThat(availabilityPenalty(plan, SATURDAY.atTime(22, 0)))
                .as("in the special opening")
                .isZero();
        assertThat(availabilityPenalty(plan, SATURDAY.atTime(10, 0)))
                .as("Saturday's usual hours")
                .isEqualTo(60);
        assertThat(availabilityPenalty(plan, SUNDAY.atTime(10, 0)))
                .as("a Sunday")
                .isEqualTo(60);
        assertThat(availabilityPenalty(plan, NATIONAL_DAY.atTime(8, 30)))
                .as("the holiday")
                .isEqualTo(60);
        assertThat(availabilityPenalty(plan, MONDAY.atTime(11, 30)))
                .as("Monday over lunch")
                .isEqualTo(30);
    }

    @Test
    void aSpaceOpenTheSameEveryDayReadsAsBefore() {
        Venue venue = new Venue("daily-venue", "Daily venue");
        Space room = venue.addSpace("daily-room", "Room");
        room.setOpeningHours(
                List.of(new SpaceOpeningWindow(18 * 60, 22 * 60), new SpaceOpeningWindow(8 * 60, 12 * 60)));

        SpaceDoc doc = VenueDocuments.toDocument(venue.getSpaces().get(0), WEEK);

        assertThat(doc.open()).containsExactly(new OpeningWindow(18 * 60, 22 * 60), new OpeningWindow(8 * 60, 12 * 60));
        assertThat(doc.blackouts()).isEmpty();
    }

    @Test
    void aWeekdayWithWindowsOfItsOwnKeepsOnlyThoseAndTheOthersKeepTheEveryDayOnes() {
        Venue venue = new Venue("saturday-venue", "Saturday venue");
        Space hall = venue.addSpace("saturday-hall", "Hall");
        hall.setOpeningHours(List.of(
                new SpaceOpeningWindow(9 * 60, 17 * 60),
                new SpaceOpeningWindow(9 * 60, 12 * 60, DayOfWeek.SATURDAY),
                new SpaceOpeningWindow(18 * 60, 24 * 60, DayOfWeek.SATURDAY)));
        Horizon fridayToSunday = new Horizon(
                MONDAY.plusDays(4).atStartOfDay(), SUNDAY.plusDays(1).atStartOfDay(), 15);

        SpaceDoc doc = VenueDocuments.toDocument(hall, fridayToSunday);

        assertThat(doc.open()).containsExactly(new OpeningWindow(9 * 60, 17 * 60), new OpeningWindow(18 * 60, 24 * 60));
        assertThat(doc.blackouts())
                .containsExactly(
                        period(MONDAY.plusDays(4), "18:00", "24:00", "outside this day's hours"),
                        period(SATURDAY, "12:00", "17:00", "outside this day's hours"),
                        period(SUNDAY, "18:00", "24:00", "outside this day's hours"));
    }

    @Test
    void aHorizonOfClosedDatesOnlyIsBlackedOutWholeDays() {
        Horizon sunday = new Horizon(SUNDAY.atTime(8, 0), SUNDAY.atTime(20, 0), 15);

        SpaceDoc hall = VenueDocuments.toDocument(venue(), sunday).spaces().get(0);

        assertThat(hall.open()).isEmpty();
        assertThat(hall.blackouts()).containsExactly(period(SUNDAY, "00:00", "24:00", "closed on Sundays"));
    }

    @Test
    void aSpaceWithoutWeeklyWindowsIsOpenAllDayExceptOnItsExceptions() {
        Venue venue = new Venue("garden-venue", "Garden venue");
        Space garden = venue.addSpace("garden", "Garden");
        garden.setOpeningExceptions(List.of(OpeningException.closed(NATIONAL_DAY)));

        SpaceDoc doc = VenueDocuments.toDocument(venue.getSpaces().get(0), WEEK);

        assertThat(doc.open()).isEmpty();
        assertThat(doc.blackouts())
                .containsExactly(period(NATIONAL_DAY, "00:00", "24:00", "holiday: closed on this date"));
    }

    private static Period period(LocalDate date, String from, String to, String reason) {
        return new Period(at(date, from), at(date, to), reason);
    }

    private static LocalDateTime at(LocalDate date, String hhmm) {
        return date.atStartOfDay()
                .plusHours(Integer.parseInt(hhmm.substring(0, 2)))
                .plusMinutes(Integer.parseInt(hhmm.substring(3)));
    }

    private static PlanDocument plan(VenueDoc venue) {
        DelegationDoc delegation =
                new DelegationDoc("D1", "KE", "Kenya", HeadRank.MINISTER, 5, WEEK.start(), WEEK.end(), null, List.of());
        EventDoc meeting = new EventDoc(
                "E1",
                "Meeting",
                EventType.BRIEFING,
                List.of("D1"),
                10,
                Layout.THEATRE,
                60,
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                1,
                List.of(),
                null,
                null,
                false);
        return new PlanDocument(
                "hours",
                PlanDocument.DEFAULT_TIME_ZONE,
                WEEK,
                new TravelModel(30, 1.3, 10),
                List.of(venue),
                List.of(delegation),
                List.of(meeting),
                List.of(),
                Map.of());
    }

    private static long availabilityPenalty(PlanDocument plan, LocalDateTime start) {
        return -SCORER.score(plan, Map.of("E1", new Placement("hours-hall", start))).constraints().stream()
                .filter(row -> row.id().equals("space-availability"))
                .mapToLong(ConstraintRow::score)
                .sum();
    }
}
