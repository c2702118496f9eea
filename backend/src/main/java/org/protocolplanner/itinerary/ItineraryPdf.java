package org.protocolplanner.itinerary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.booking.BookingStatus;
import org.protocolplanner.booking.EngagementBookingStates.State;
import org.protocolplanner.itinerary.DelegationSchedule.Schedule;
import org.protocolplanner.itinerary.DelegationSchedule.Stop;
import org.springframework.stereotype.Component;

/**
 * Prints a delegation's schedule on A4, day by day: each engagement's time in Beijing, its name and
 * type, its venue and room, and between two engagements of a day the travel between them. On a live plan the
 * place carries its booking's state; a place the venue declined or a booking cancelled is struck through and
 * its state and reason stand out, so that nobody drives to a venue that will not host them.
 */
@Component
class ItineraryPdf {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color HEADER = new Color(0xE4, 0xE8, 0xEE);
    private static final Color QUIET = new Color(0x55, 0x5B, 0x66);
    private static final Color SETBACK = new Color(0xA8, 0x07, 0x1A);
    /** Places that will not host the engagement: the venue said no, or released the booking. */
    private static final Set<BookingStatus> GONE = Set.of(BookingStatus.DECLINED, BookingStatus.CANCELLED);

    private final ItineraryFonts fonts;

    ItineraryPdf(ItineraryFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(Schedule schedule, ItineraryLanguage language) {
        Font title = fonts.font(language, 18, Font.BOLD);
        Font text = fonts.font(language, 10, Font.NORMAL);
        Font note = fonts.font(language, 9, Font.NORMAL);
        note.setColor(QUIET);
        Font day = fonts.font(language, 12, Font.BOLD);
        Fonts styles = new Fonts(
                text,
                note,
                fonts.font(language, 10, Font.STRIKETHRU),
                fonts.font(language, 9, Font.STRIKETHRU),
                fonts.font(language, 9, Font.BOLD));
        styles.gone().setColor(QUIET);
        styles.goneNote().setColor(QUIET);
        styles.setback().setColor(SETBACK);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(language.title + " · " + language.delegation(schedule.delegationName()));
        document.open();
        document.add(new Paragraph(language.title + " · " + language.delegation(schedule.delegationName()), title));
        document.add(new Paragraph(language.plan + ": " + schedule.planName(), text));
        document.add(new Paragraph(language.timeNote, note));
        Map<LocalDate, List<Stop>> days = byDay(schedule.stops());
        if (days.isEmpty()) {
            document.add(spaced(new Paragraph(language.nothingScheduled, text)));
        }
        days.forEach((date, stops) -> {
            document.add(spaced(new Paragraph(language.day(date), day)));
            document.add(dayTable(stops, schedule.live(), language, styles));
        });
        document.close();
        return out.toByteArray();
    }

    /** The cell fonts: plain, quiet, struck through for a place that will not host, and a setback's state. */
    private record Fonts(Font text, Font note, Font gone, Font goneNote, Font setback) {}

    private static PdfPTable dayTable(List<Stop> stops, boolean live, ItineraryLanguage language, Fonts fonts) {
        Font text = fonts.text();
        Font note = fonts.note();
        PdfPTable table = new PdfPTable(new float[] {18, 42, 40});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String heading : List.of(language.timeHeading, language.engagementHeading, language.placeHeading)) {
            PdfPCell cell = cell(new Phrase(heading, text));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            String travel = i == 0 ? null : travel(stops.get(i - 1), stop, language);
            if (travel != null) {
                PdfPCell row = cell(new Phrase("→ " + travel, note));
                row.setColspan(3);
                row.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(row);
            }
            table.addCell(cell(new Phrase(clock(stop), text)));
            table.addCell(cell(lines(stop.title(), language.type(stop.type()), text, note)));
            table.addCell(cell(place(stop, live, language, fonts)));
        }
        return table;
    }

    /**
     * The venue and room, and on a live plan the state of the booking there with the reason its answer gave. Each
     * line is a chunk of its own font in a phrase without one: a phrase lends its font's style (the strike
     * through) to whatever is added to it.
     */
    private static Phrase place(Stop stop, boolean live, ItineraryLanguage language, Fonts fonts) {
        State booking = stop.booking();
        boolean gone = booking != null && GONE.contains(booking.status());
        Phrase phrase = new Phrase();
        phrase.add(
                new Chunk(language.name(stop.venueNameEn(), stop.venueNameZh()), gone ? fonts.gone() : fonts.text()));
        phrase.add(new Chunk(
                "\n" + language.name(stop.spaceNameEn(), stop.spaceNameZh()), gone ? fonts.goneNote() : fonts.note()));
        if (live) {
            boolean setback = booking != null && booking.isSetback();
            phrase.add(new Chunk("\n" + language.booking(booking), setback ? fonts.setback() : fonts.note()));
            if (setback && booking.reason() != null && !booking.reason().isBlank()) {
                phrase.add(new Chunk("\n" + language.reason(booking.reason()), fonts.note()));
            }
        }
        return phrase;
    }

    /** The travel between two engagements of a day; null where a venue has no coordinates to measure it. */
    private static String travel(Stop before, Stop after, ItineraryLanguage language) {
        if (before.venueId().equals(after.venueId())) {
            return language.sameVenue;
        }
        return after.travelMinutesBefore() == null ? null : String.format(language.travel, after.travelMinutesBefore());
    }

    private static Phrase lines(String first, String second, Font text, Font note) {
        Phrase phrase = new Phrase(first, text);
        phrase.add(new Phrase("\n" + second, note));
        return phrase;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(5);
        cell.setBorderColor(HEADER);
        return cell;
    }

    private static String clock(Stop stop) {
        LocalDateTime start = LocalDateTime.ofInstant(stop.start(), BEIJING);
        LocalDateTime end = LocalDateTime.ofInstant(stop.end(), BEIJING);
        return CLOCK.format(start) + "–" + CLOCK.format(end);
    }

    private static Map<LocalDate, List<Stop>> byDay(List<Stop> stops) {
        Map<LocalDate, List<Stop>> days = new LinkedHashMap<>();
        stops.forEach(stop -> days.computeIfAbsent(LocalDate.ofInstant(stop.start(), BEIJING), d -> new ArrayList<>())
                .add(stop));
        return days;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        return paragraph;
    }
}
