package org.protocolplanner.tools.meetingscheduling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small workbooks laid out like those of OptaPlanner's meeting-scheduling example, written as the XML
 * parts an xlsx file holds: text in the shared-strings part (as Excel and Apache POI write it), the
 * Rooms sheet's capacities as numbers, one cell left out as spreadsheets do for empty cells.
 */
public final class MeetingSchedulingWorkbooks {

    private MeetingSchedulingWorkbooks() {}

    /**
     * Two days, the second closing at 12:00 and a skipped Wednesday before a Thursday; two rooms; three
     * persons; a meeting with a required and a preferred attendee, a group meeting, and {@code extraMeetings}
     * as the remaining rows of the Meetings sheet.
     */
    public static byte[] smallConference(List<List<String>> extraMeetings) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Configuration", List.of(List.of("Mon 2018-10-15 17:45")));
        sheets.put(
                "Days",
                List.of(
                        List.of("Day", "Start", "End", "Lunch hour start time"),
                        List.of("Mon 2018-01-01", "08:00", "18:00", "12:00"),
                        List.of("Tue 2018-01-02", "08:00", "12:00", "12:00"),
                        List.of("Thu 2018-01-04", "08:00", "18:00", "12:00")));
        sheets.put("Rooms", List.of(List.of("Name", "Capacity"), List.of("R 1", "#30.0"), List.of("R 2", "#12")));
        sheets.put(
                "Persons",
                List.of(List.of("Full name"), List.of("Amy Cole"), List.of("Beth Fox"), List.of("Chad Green")));
        List<List<String>> meetings = new ArrayList<>();
        meetings.add(List.of(
                "Topic",
                "Group",
                "Duration",
                "Speakers",
                "Content",
                "Required attendance list",
                "Preferred attendance list",
                "Day",
                "Starting time",
                "Room"));
        meetings.add(List.of("Strategize B2B", "", "#45.0", "", "", "Amy Cole, Beth Fox", "Chad Green"));
        meetings.add(List.of("All hands", "y", "#120", "", "", "", "", "", "", ""));
        meetings.addAll(extraMeetings);
        sheets.put("Meetings", meetings);
        return workbook(sheets);
    }

    /** Cells starting with {@code #} are numbers, the others shared strings. */
    public static byte[] workbook(Map<String, List<List<String>>> sheets) {
        List<String> strings = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder workbook =
                    new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG + "\">");
            int n = 0;
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                n++;
                workbook.append("<sheet name=\"")
                        .append(sheet.getKey())
                        .append("\" sheetId=\"")
                        .append(n)
                        .append("\" r:id=\"rId")
                        .append(n + 10)
                        .append("\"/>");
                rels.append("<Relationship Id=\"rId")
                        .append(n + 10)
                        .append("\" Target=\"worksheets/sheet")
                        .append(n)
                        .append(".xml\" Type=\"worksheet\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheetXml(sheet.getValue(), strings));
            }
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    rels.append("</Relationships>").toString());
            StringBuilder shared = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
            strings.forEach(s -> shared.append("<si><t>").append(s).append("</t></si>"));
            put(zip, "xl/sharedStrings.xml", shared.append("</sst>").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static String sheetXml(List<List<String>> rows, List<String> strings) {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                String value = row.get(c);
                if (value.startsWith("#")) {
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"n\"><v>")
                            .append(value.substring(1))
                            .append("</v></c>");
                } else {
                    strings.add(value);
                    xml.append("<c r=\"")
                            .append(ref)
                            .append("\" t=\"s\"><v>")
                            .append(strings.size() - 1)
                            .append("</v></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
