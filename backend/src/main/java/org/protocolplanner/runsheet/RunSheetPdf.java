package org.protocolplanner.runsheet;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.protocolplanner.itinerary.ItineraryFonts;
import org.protocolplanner.runsheet.RunSheets.PlanSchedule;
import org.protocolplanner.runsheet.RunSheets.VenueDay;
import org.springframework.stereotype.Component;

/**
 * Prints run sheets on landscape A4 with the itinerary's font and PDF library: a venue's day (its engagements,
 * then the motorcades' arrival order) and the master schedule of a day (every venue, in time order).
 */
@Component
class RunSheetPdf {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color HEADER = new Color(0xE4, 0xE8, 0xEE);
    private static final Color QUIET = new Color(0x55, 0x5B, 0x66);

    private final ItineraryFonts fonts;

    RunSheetPdf(ItineraryFonts fonts) {
        this.fonts = fonts;
    }

    /** The fonts of one document in one language. */
    private record Type(Font title, Font heading, Font text, Font note) {}

    byte[] venueDay(VenueDay sheet, Wording wording) {
        String title = wording.says("runSheet") + " · " + wording.name(sheet.venueNameEn(), sheet.venueNameZh());
        return document(title, wording, (document, type) -> {
            document.add(new Paragraph(wording.says("plan") + ": " + sheet.planName(), type.text()));
            document.add(new Paragraph(wording.day(sheet.day()), type.heading()));
            document.add(new Paragraph(wording.says("timeNote"), type.note()));
            if (sheet.redacted()) {
                document.add(new Paragraph(wording.says("redactionNote"), type.note()));
            }
            document.add(entries(sheet.entries(), wording, type, false));
            document.add(spaced(new Paragraph(wording.says("motorcades"), type.heading())));
            document.add(
                    sheet.arrivals().isEmpty()
                            ? new Paragraph(wording.says("noMotorcades"), type.text())
                            : arrivals(sheet.arrivals(), wording, type));
        });
    }

    byte[] planDay(PlanSchedule schedule, LocalDate day, Wording wording) {
        String title = wording.says("masterSchedule") + " · " + schedule.planName();
        return document(title, wording, (document, type) -> {
            document.add(new Paragraph(wording.day(day), type.heading()));
            document.add(new Paragraph(wording.says("timeNote"), type.note()));
            document.add(entries(schedule.on(day), wording, type, true));
        });
    }

    private interface Body {
        void write(Document document, Type type);
    }

    private byte[] document(String title, Wording wording, Body body) {
        Font note = fonts.font(wording.chinese(), 8, Font.NORMAL);
        note.setColor(QUIET);
        Type type = new Type(
                fonts.font(wording.chinese(), 16, Font.BOLD),
                fonts.font(wording.chinese(), 11, Font.BOLD),
                fonts.font(wording.chinese(), 9, Font.NORMAL),
                note);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, type.title()));
        body.write(document, type);
        document.close();
        return out.toByteArray();
    }

    /** The engagements of a day; the master schedule names each venue beside its space. */
    private static com.lowagie.text.Element entries(
            List<ScheduleEntry> entries, Wording wording, Type type, boolean withVenue) {
        if (entries.isEmpty()) {
            return spaced(new Paragraph(wording.says("nothingScheduled"), type.text()));
        }
        PdfPTable table = table(
                new float[] {9, withVenue ? 20 : 14, 22, 17, 8, 8, 13, 9},
                wording,
                type,
                "time",
                withVenue ? "venue" : "space",
                "engagement",
                "delegations",
                "headcount",
                "layout",
                "needs",
                "booking");
        for (ScheduleEntry entry : entries) {
            table.addCell(cell(new Phrase(CLOCK.format(entry.start()) + "–" + CLOCK.format(entry.end()), type.text())));
            String space = wording.name(entry.spaceNameEn(), entry.spaceNameZh());
            table.addCell(cell(
                    withVenue
                            ? lines(wording.name(entry.venueNameEn(), entry.venueNameZh()), space, type)
                            : new Phrase(space, type.text())));
            table.addCell(cell(lines(wording.title(entry), entry.redacted() ? "" : wording.type(entry.type()), type)));
            table.addCell(cell(new Phrase(wording.delegations(entry), type.text())));
            table.addCell(cell(new Phrase(Integer.toString(entry.headcount()), type.text())));
            table.addCell(cell(new Phrase(wording.layout(entry.layout()), type.text())));
            table.addCell(cell(new Phrase(wording.needs(entry.needs()), type.text())));
            table.addCell(cell(new Phrase(wording.booking(entry.booking()), type.text())));
        }
        return table;
    }

    private static PdfPTable arrivals(List<MotorcadeArrival> arrivals, Wording wording, Type type) {
        PdfPTable table = table(
                new float[] {5, 10, 25, 15, 25, 20},
                wording,
                type,
                "",
                "arrival",
                "delegation",
                "rank",
                "engagement",
                "space");
        int order = 1;
        for (MotorcadeArrival arrival : arrivals) {
            table.addCell(cell(new Phrase(Integer.toString(order++), type.text())));
            table.addCell(cell(new Phrase(CLOCK.format(arrival.at()), type.text())));
            table.addCell(cell(new Phrase(wording.delegation(arrival.delegationName()), type.text())));
            table.addCell(cell(new Phrase(wording.rank(arrival.rank()), type.text())));
            table.addCell(cell(new Phrase(arrival.engagementTitle(), type.text())));
            table.addCell(cell(new Phrase(wording.name(arrival.spaceNameEn(), arrival.spaceNameZh()), type.text())));
        }
        return table;
    }

    private static PdfPTable table(float[] widths, Wording wording, Type type, String... headingKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String key : headingKeys) {
            PdfPCell cell = cell(new Phrase(key.isEmpty() ? "#" : wording.says(key), type.text()));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    private static Phrase lines(String first, String second, Type type) {
        Phrase phrase = new Phrase(first, type.text());
        if (!second.isEmpty()) {
            phrase.add(new Phrase("\n" + second, type.note()));
        }
        return phrase;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setBorderColor(HEADER);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(10);
        return paragraph;
    }
}
