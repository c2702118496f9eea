package org.protocolplanner.tools.meetingscheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.MalformedDocumentException;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/** A workbook of OptaPlanner's meeting-scheduling example becomes a valid problem document, as docs/solver.md maps it. */
class MeetingSchedulingConverterTest {

    @Test
    void mapsRoomsPersonsAndMeetingsAsTheReadmeSays() throws IOException {
        PlanDocument plan = convert(MeetingSchedulingWorkbooks.smallConference(List.of()));

        assertThat(plan.name()).isEqualTo("small");
        assertThat(plan.horizon().start()).isEqualTo(LocalDateTime.parse("2018-01-01T00:00"));
        assertThat(plan.horizon().end()).isEqualTo(LocalDateTime.parse("2018-01-05T00:00"));
        assertThat(plan.horizon().grainMinutes()).isEqualTo(15);
        assertThat(plan.venues())
                .singleElement()
                .satisfies(venue -> assertThat(venue.spaces())
                        .extracting(SpaceDoc::id, space -> space.capacity().get(Layout.THEATRE))
                        .containsExactly(tuple("r-1", 30), tuple("r-2", 12)));
        SpaceDoc room = plan.venues().get(0).spaces().get(0);
        assertThat(room.open()).containsExactly(new OpeningWindow(8 * 60, 18 * 60));
        assertThat(room.blackouts())
                .extracting(Period::start, Period::end)
                .containsExactly(
                        tuple(LocalDateTime.parse("2018-01-02T12:00"), LocalDateTime.parse("2018-01-02T18:00")),
                        tuple(LocalDateTime.parse("2018-01-03T00:00"), LocalDateTime.parse("2018-01-04T00:00")));

        assertThat(plan.delegations())
                .extracting(DelegationDoc::id)
                .containsExactly("amy-cole", "beth-fox", "chad-green");
        assertThat(plan.delegations()).allSatisfy(person -> {
            assertThat(person.size()).isEqualTo(1);
            assertThat(person.headRank()).isEqualTo(HeadRank.SENIOR_OFFICIAL);
            assertThat(person.arrival()).isEqualTo(plan.horizon().start());
            assertThat(person.departure()).isEqualTo(plan.horizon().end());
        });

        EventDoc strategize = plan.events().get(0);
        assertThat(strategize.id()).isEqualTo("meeting-1");
        assertThat(strategize.title()).isEqualTo("Strategize B2B");
        assertThat(strategize.durationMinutes()).isEqualTo(45);
        assertThat(strategize.delegations()).containsExactly("amy-cole", "beth-fox");
        assertThat(strategize.headcount()).as("required plus preferred").isEqualTo(3);
        EventDoc allHands = plan.events().get(1);
        assertThat(allHands.delegations()).as("a group meeting").containsExactly("amy-cole", "beth-fox", "chad-green");
        assertThat(allHands.headcount()).isEqualTo(3);
        assertThat(allHands.durationMinutes()).isEqualTo(120);
    }

    @Test
    void writesADocumentThatOurReaderAccepts() throws IOException {
        PlanDocument plan = convert(MeetingSchedulingWorkbooks.smallConference(List.of()));

        PlanDocument read = new PlanDocumentReader().read(new PlanDocumentWriter().write(plan));

        assertThat(read.events()).hasSize(2);
        assertThat(read.venues().get(0).spaces().get(0).blackouts()).hasSize(2);
    }

    @Test
    void namesTheCellOfAnAttendeeWhoIsNotAPerson() {
        byte[] workbook = MeetingSchedulingWorkbooks.smallConference(
                List.of(List.of("Cross sell", "", "#60", "", "", "Amy Cole, Dan Li", "")));

        assertThatThrownBy(() -> convert(workbook))
                .isInstanceOf(MalformedDocumentException.class)
                .satisfies(e -> assertThat(((MalformedDocumentException) e).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.path()).isEqualTo("Meetings!F4");
                            assertThat(error.message()).isEqualTo("Dan Li is not on the Persons sheet");
                        }));
    }

    @Test
    void refusesAWorkbookLaidOutOtherwise() {
        byte[] workbook = MeetingSchedulingWorkbooks.workbook(Map.of("Days", List.of(List.of("Date", "Start", "End"))));

        assertThatThrownBy(() -> convert(workbook))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessage("expected the column Day, found Date");
        assertThatThrownBy(() -> convert("not a zip".getBytes()))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageStartingWith("not an Excel workbook");
    }

    private static PlanDocument convert(byte[] workbook) throws IOException {
        return MeetingSchedulingConverter.convert(new ByteArrayInputStream(workbook), "small");
    }
}
