package org.protocolplanner.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.runsheet.RunSheetRows.BookedPlace;
import org.protocolplanner.runsheet.RunSheetRows.Visit;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/** The rows of a venue's day: their order, the motorcades' arrival order and what redaction leaves out. */
class RunSheetRowsTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 6, 14, 9, 0);
    private static final String GREAT_HALL = "great-hall";
    private static final String GUESTHOUSE = "guesthouse";

    private static final Map<String, PlanDelegation> DELEGATIONS = Map.of(
            "ruritania",
                    new PlanDelegation("ruritania", new DelegationName("Ruritania", null), HeadRank.HEAD_OF_STATE, 0),
            "freedonia",
                    new PlanDelegation(
                            "freedonia", new DelegationName("Freedonia", null), HeadRank.HEAD_OF_GOVERNMENT, 1),
            "sylvania", new PlanDelegation("sylvania", new DelegationName("Sylvania", null), HeadRank.HEAD_OF_STATE, 2),
            "grand-fenwick",
                    new PlanDelegation(
                            "grand-fenwick", new DelegationName("Grand Fenwick", null), HeadRank.MINISTER, 3));

    @Test
    void entriesReadInTimeOrderThenByVenueAndSpace() {
        ScheduleEntry lateHall = entry("b", GREAT_HALL, "Hall B", MORNING.plusHours(2), List.of("ruritania"));
        ScheduleEntry earlyHallB = entry("c", GREAT_HALL, "Hall B", MORNING, List.of("freedonia"));
        ScheduleEntry earlyHallA = entry("d", GREAT_HALL, "Hall A", MORNING, List.of("sylvania"));
        ScheduleEntry earlyGuesthouse = entry("a", GUESTHOUSE, "Salon", MORNING, List.of("grand-fenwick"));

        assertThat(RunSheetRows.ordered(List.of(lateHall, earlyGuesthouse, earlyHallB, earlyHallA)))
                .extracting(ScheduleEntry::engagementId)
                .containsExactly("d", "c", "a", "b");
    }

    @Test
    void motorcadesArriveInTimeOrderHeadsOfStateFirstAtTheSameMinute() {
        ScheduleEntry plenary = entry(
                "plenary",
                GREAT_HALL,
                "Hall A",
                MORNING,
                List.of("freedonia", "sylvania", "ruritania", "grand-fenwick"));
        ScheduleEntry talks = entry("talks", GREAT_HALL, "Hall B", MORNING.minusHours(1), List.of("sylvania"));
        List<Visit> day = List.of(
                new Visit("sylvania", GREAT_HALL, MORNING.minusHours(1), MORNING),
                new Visit("sylvania", GREAT_HALL, MORNING, MORNING.plusHours(1)),
                new Visit("freedonia", GUESTHOUSE, MORNING.minusHours(2), MORNING.minusHours(1)));

        List<MotorcadeArrival> arrivals = RunSheetRows.arrivals(GREAT_HALL, List.of(plenary, talks), day, DELEGATIONS);

        // Sylvania arrives for the talks at 08:00 and stays: no second arrival for the plenary. The minister
        // comes without a motorcade. At 09:00 the head of state before the head of government, whichever
        // the engagement lists first.
        assertThat(arrivals)
                .extracting(arrival -> arrival.delegationName().name(), MotorcadeArrival::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sylvania", MORNING.minusHours(1)),
                        org.assertj.core.groups.Tuple.tuple("Ruritania", MORNING),
                        org.assertj.core.groups.Tuple.tuple("Freedonia", MORNING));
    }

    @Test
    void aDelegationStillAtTheVenueDoesNotArriveAgainButOneComingBackDoes() {
        ScheduleEntry welcome = entry("welcome", GREAT_HALL, "Hall A", MORNING, List.of("ruritania"));
        ScheduleEntry lunch = entry("lunch", GREAT_HALL, "Hall B", MORNING.plusHours(3), List.of("ruritania"));
        ScheduleEntry banquet = entry("banquet", GREAT_HALL, "Hall A", MORNING.plusHours(10), List.of("ruritania"));
        List<Visit> day = List.of(
                new Visit("ruritania", GREAT_HALL, MORNING, MORNING.plusHours(1)),
                new Visit("ruritania", GREAT_HALL, MORNING.plusHours(3), MORNING.plusHours(4)),
                new Visit("ruritania", GUESTHOUSE, MORNING.plusHours(6), MORNING.plusHours(7)),
                new Visit("ruritania", GREAT_HALL, MORNING.plusHours(10), MORNING.plusHours(12)));

        assertThat(RunSheetRows.arrivals(GREAT_HALL, List.of(welcome, lunch, banquet), day, DELEGATIONS))
                .extracting(MotorcadeArrival::engagementTitle)
                .containsExactly("Title of welcome", "Title of banquet");
    }

    @Test
    void aRedactedEngagementBringsNoArrivalThatWouldNameItsAttendees() {
        ScheduleEntry secret = redacted("great-hall-a", MORNING);
        ScheduleEntry open = entry("welcome", GREAT_HALL, "Hall B", MORNING.plusHours(1), List.of("freedonia"));

        List<MotorcadeArrival> arrivals =
                RunSheetRows.arrivals(GREAT_HALL, List.of(secret, open), List.of(), DELEGATIONS);

        assertThat(arrivals)
                .extracting(arrival -> arrival.delegationName().name())
                .containsExactly("Freedonia");
        assertThat(Wording.EN.title(secret)).isEqualTo("Confidential: state banquet");
        assertThat(Wording.ZH.title(secret)).isEqualTo("涉密：国宴");
        assertThat(Wording.EN.delegations(secret)).isEmpty();
    }

    @Test
    void theBookingStateIsThatOfTheEngagementsPresentPlace() {
        List<BookedPlace> bookings = List.of(
                new BookedPlace(1, "hall-a", MORNING, BookingStatus.CONFIRMED),
                new BookedPlace(2, "hall-b", MORNING.plusHours(1), BookingStatus.DECLINED),
                new BookedPlace(3, "hall-b", MORNING.plusHours(1), BookingStatus.REQUESTED));

        assertThat(RunSheetRows.bookingState("hall-a", MORNING, bookings)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(RunSheetRows.bookingState("hall-b", MORNING.plusHours(1), bookings))
                .isEqualTo(BookingStatus.REQUESTED);
        assertThat(RunSheetRows.bookingState("hall-a", MORNING.plusHours(2), bookings))
                .isNull();
        assertThat(Wording.ZH.booking(null)).isEqualTo("未发送");
    }

    private static ScheduleEntry entry(
            String id, String venueId, String space, LocalDateTime start, List<String> delegations) {
        return new ScheduleEntry(
                start,
                start.plusHours(1),
                venueId,
                venueId,
                null,
                venueId + "-" + space,
                space,
                null,
                id,
                "Title of " + id,
                EventType.PLENARY,
                false,
                delegations,
                delegations.stream().map(d -> DELEGATIONS.get(d).name()).toList(),
                50,
                Layout.THEATRE,
                List.of(),
                null);
    }

    private static ScheduleEntry redacted(String spaceId, LocalDateTime start) {
        return new ScheduleEntry(
                start,
                start.plusHours(2),
                GREAT_HALL,
                GREAT_HALL,
                null,
                spaceId,
                "Hall A",
                null,
                null,
                null,
                EventType.STATE_BANQUET,
                true,
                null,
                null,
                120,
                Layout.BANQUET,
                List.of(),
                BookingStatus.REQUESTED);
    }
}
