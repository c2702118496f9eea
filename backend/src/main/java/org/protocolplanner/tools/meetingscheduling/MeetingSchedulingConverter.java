package org.protocolplanner.tools.meetingscheduling;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.MalformedDocumentException;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;

/**
 * Turns a workbook of OptaPlanner's meeting-scheduling example (the sheets its 8.9
 * {@code MeetingSchedulingXlsxFileIO} reads: Days, Rooms, Persons, Meetings) into a problem document,
 * so that our solver can be measured on the public datasets that example ships (docs/solver.md, "The meeting-scheduling
 * peer"). The mapping:
 *
 * <ul>
 *   <li>one venue whose spaces are the rooms, each seating its capacity in THEATRE layout and open
 *       daily from the earliest day start to the latest day end of the Days sheet (08:00-18:00 in every
 *       dataset); a day that opens later or closes earlier, and a day the sheet skips, is a blackout;
 *       the lunch hour is not modelled (rooms stay open through lunch);</li>
 *   <li>each person a delegation of one senior official staying the whole horizon (midnight of the
 *       first day to midnight after the last);</li>
 *   <li>each meeting an engagement of its duration (the datasets use multiples of 15 minutes, our
 *       grain) attended by its speakers and required attendees (everybody for a group meeting), with a
 *       headcount of those plus its preferred attendees, priority 1; a day, start or room the sheet
 *       gives is not carried over (the unsolved datasets give none).</li>
 * </ul>
 */
public final class MeetingSchedulingConverter {

    static final String VENUE_ID = "meeting-rooms";
    /** Central Beijing; with one venue there is no travel, so the point only has to be valid. */
    private static final double LAT = 39.9042;

    private static final double LON = 116.4074;
    private static final int GRAIN_MINUTES = 15;

    private record Day(LocalDate date, LocalTime start, LocalTime end) {}

    private MeetingSchedulingConverter() {}

    /**
     * @throws MalformedDocumentException naming the sheet and cell ({@code Meetings!C5}) of the first
     *                                    value it cannot read
     */
    public static PlanDocument convert(InputStream xlsx, String planName) throws IOException {
        XlsxWorkbook workbook = XlsxWorkbook.read(xlsx);
        List<Day> days = days(workbook);
        LocalTime opens =
                days.stream().map(Day::start).min(LocalTime::compareTo).orElseThrow();
        LocalTime closes = days.stream().map(Day::end).max(LocalTime::compareTo).orElseThrow();
        LocalDateTime horizonStart = days.get(0).date().atStartOfDay();
        LocalDateTime horizonEnd = days.get(days.size() - 1).date().plusDays(1).atStartOfDay();
        List<Period> blackouts = blackouts(days, opens, closes);

        List<SpaceDoc> rooms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SheetRow row : data(workbook, "Rooms", "Name", "Capacity")) {
            String name = row.cell(0);
            rooms.add(new SpaceDoc(
                    uniqueId(name, row, ids),
                    name,
                    Map.of(Layout.THEATRE, row.wholeNumber(1)),
                    List.of(),
                    0,
                    List.of(new OpeningWindow(minuteOfDay(opens), minuteOfDay(closes))),
                    blackouts));
        }
        VenueDoc venue = new VenueDoc(
                VENUE_ID,
                "Meeting rooms of OptaPlanner's meeting-scheduling example",
                LAT,
                LON,
                VenueDoc.DEFAULT_GRADE,
                VenueDoc.DEFAULT_PRESTIGE,
                rooms);

        Map<String, DelegationDoc> persons = new LinkedHashMap<>();
        for (SheetRow row : data(workbook, "Persons", "Full name")) {
            String name = row.cell(0);
            persons.put(
                    name,
                    new DelegationDoc(
                            uniqueId(name, row, ids),
                            null,
                            name,
                            HeadRank.SENIOR_OFFICIAL,
                            1,
                            horizonStart,
                            horizonEnd,
                            null,
                            List.of()));
        }

        List<EventDoc> meetings = meetings(workbook, persons);
        return new PlanDocument(
                planName,
                PlanDocument.DEFAULT_TIME_ZONE,
                new Horizon(horizonStart, horizonEnd, GRAIN_MINUTES),
                TravelModel.DEFAULT,
                List.of(venue),
                List.copyOf(persons.values()),
                meetings,
                List.of(),
                Map.of());
    }

    private static List<Day> days(XlsxWorkbook workbook) {
        List<Day> days = new ArrayList<>();
        for (SheetRow row : data(workbook, "Days", "Day", "Start", "End")) {
            String path = row.path(0);
            try {
                // "Mon 2018-01-01": the weekday is redundant with the date.
                String date = row.cell(0).substring(row.cell(0).lastIndexOf(' ') + 1);
                Day day = new Day(LocalDate.parse(date), LocalTime.parse(row.cell(1)), LocalTime.parse(row.cell(2)));
                if (!days.isEmpty()
                        && !day.date().isAfter(days.get(days.size() - 1).date())) {
                    throw XlsxWorkbook.malformed(path, "days must be listed in order, each once");
                }
                days.add(day);
            } catch (DateTimeParseException e) {
                throw XlsxWorkbook.malformed(
                        path, "not a day and times like Mon 2018-01-01, 08:00, 18:00: " + row.cells());
            }
        }
        if (days.isEmpty()) {
            throw XlsxWorkbook.malformed("Days", "the workbook lists no day");
        }
        return days;
    }

    /** The hours of each day that the common opening window gives but the day does not, and every day skipped. */
    private static List<Period> blackouts(List<Day> days, LocalTime opens, LocalTime closes) {
        List<Period> blackouts = new ArrayList<>();
        LocalDate expected = days.get(0).date();
        for (Day day : days) {
            for (LocalDate skipped = expected; skipped.isBefore(day.date()); skipped = skipped.plusDays(1)) {
                blackouts.add(
                        new Period(skipped.atStartOfDay(), skipped.plusDays(1).atStartOfDay(), "not a meeting day"));
            }
            if (day.start().isAfter(opens)) {
                blackouts.add(new Period(day.date().atTime(opens), day.date().atTime(day.start()), "opens later"));
            }
            if (day.end().isBefore(closes)) {
                blackouts.add(
                        new Period(day.date().atTime(day.end()), day.date().atTime(closes), "closes earlier"));
            }
            expected = day.date().plusDays(1);
        }
        return List.copyOf(blackouts);
    }

    private static List<EventDoc> meetings(XlsxWorkbook workbook, Map<String, DelegationDoc> persons) {
        List<SheetRow> rows = data(
                workbook,
                "Meetings",
                "Topic",
                "Group",
                "Duration",
                "Speakers",
                "Content",
                "Required attendance list",
                "Preferred attendance list");
        List<EventDoc> meetings = new ArrayList<>(rows.size());
        String idFormat = "meeting-%0" + String.valueOf(rows.size()).length() + "d";
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Set<String> attendees = new LinkedHashSet<>();
            int preferred = 0;
            if (row.cell(1).equalsIgnoreCase("y")) {
                persons.values().forEach(person -> attendees.add(person.id()));
            } else {
                attendees.addAll(personIds(row, 3, persons));
                attendees.addAll(personIds(row, 5, persons));
                preferred = personIds(row, 6, persons).size();
            }
            int minutes = row.wholeNumber(2);
            String id = String.format(Locale.ROOT, idFormat, i + 1);
            String topic = row.cell(0).isBlank() ? id : row.cell(0);
            meetings.add(new EventDoc(
                    id,
                    topic,
                    EventType.BRIEFING,
                    List.copyOf(attendees),
                    Math.max(1, attendees.size() + preferred),
                    Layout.THEATRE,
                    minutes,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    EventDoc.DEFAULT_PRIORITY,
                    List.of(),
                    null,
                    null,
                    false));
        }
        return meetings;
    }

    /** The ids of the persons a cell names, separated by commas. */
    private static List<String> personIds(SheetRow row, int column, Map<String, DelegationDoc> persons) {
        List<String> ids = new ArrayList<>();
        for (String name : row.cell(column).split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            DelegationDoc person = persons.get(trimmed);
            if (person == null) {
                throw XlsxWorkbook.malformed(row.path(column), trimmed + " is not on the Persons sheet");
            }
            ids.add(person.id());
        }
        return ids;
    }

    /**
     * The rows below the header of a sheet, after checking that the header starts with the expected
     * column names: a workbook laid out otherwise fails here, not later. Blank rows are skipped.
     */
    private static List<SheetRow> data(XlsxWorkbook workbook, String sheet, String... header) {
        List<List<String>> rows = workbook.rows(sheet);
        if (rows.isEmpty()) {
            throw XlsxWorkbook.malformed(sheet, "the sheet is empty");
        }
        SheetRow headerRow = new SheetRow(sheet, 1, rows.get(0));
        for (int column = 0; column < header.length; column++) {
            if (!headerRow.cell(column).equals(header[column])) {
                throw XlsxWorkbook.malformed(
                        headerRow.path(column),
                        "expected the column " + header[column] + ", found " + headerRow.cell(column));
            }
        }
        List<SheetRow> data = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).stream().allMatch(String::isBlank)) {
                data.add(new SheetRow(sheet, i + 1, rows.get(i)));
            }
        }
        return data;
    }

    /** "Amy Cole" becomes {@code amy-cole}, "R 1" {@code r-1}: the exchange format's id characters. */
    private static String uniqueId(String name, SheetRow row, Set<String> taken) {
        String id = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        if (id.isEmpty() || id.length() > 64 || !taken.add(id)) {
            throw XlsxWorkbook.malformed(row.path(0), "the name " + name + " gives no id of its own (" + id + ")");
        }
        return id;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
