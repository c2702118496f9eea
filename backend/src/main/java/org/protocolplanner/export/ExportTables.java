package org.protocolplanner.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocolplanner.booking.BookingResponse;
import org.protocolplanner.delegation.Delegation;
import org.protocolplanner.runsheet.RunSheets;
import org.protocolplanner.runsheet.ScheduleEntry;
import org.protocolplanner.runsheet.Wording;
import org.protocolplanner.shared.protocol.DelegationName;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.springframework.stereotype.Component;

/**
 * The rows of the spreadsheet exports, read through the run sheets' service and so under the same role matrix
 * and redaction: a plan's schedule (one table per day), its delegations and its bookings, and a reader's own
 * bookings (a venue manager's: their venues', confidential engagements redacted as in the inbox).
 */
@Component
class ExportTables {

    private static final String[] SCHEDULE = {
        "day",
        "start",
        "end",
        "venue",
        "space",
        "engagementId",
        "engagement",
        "type",
        "delegations",
        "headcount",
        "layout",
        "needs",
        "booking"
    };
    private static final String[] DELEGATIONS = {
        "id", "country", "delegation", "rank", "size", "arrival", "departure", "hotel"
    };
    private static final String[] BOOKINGS = {
        "booking",
        "status",
        "plan",
        "venue",
        "space",
        "start",
        "end",
        "engagementId",
        "engagement",
        "type",
        "headcount",
        "layout",
        "needs",
        "attendees",
        "answerBy",
        "reason"
    };

    private final RunSheets runSheets;

    ExportTables(RunSheets runSheets) {
        this.runSheets = runSheets;
    }

    /** One table per day of the plan, then its delegations and its bookings. */
    List<Table> plan(long planId, Wording wording) {
        RunSheets.PlanSchedule schedule = runSheets.planSchedule(planId);
        List<Table> tables = new ArrayList<>();
        for (LocalDate day : schedule.days()) {
            tables.add(scheduleTable(day.toString(), schedule.on(day), wording));
        }
        tables.add(delegations(planId, wording));
        tables.add(bookings(runSheets.bookings(planId, null), wording));
        return tables;
    }

    /** Every day of the plan in one table, the CSV of the day sheets. */
    Table schedule(long planId, Wording wording) {
        return scheduleTable(
                wording.says("masterSchedule"), runSheets.planSchedule(planId).entries(), wording);
    }

    Table delegations(long planId, Wording wording) {
        List<List<Object>> rows = new ArrayList<>();
        for (Delegation d : runSheets.delegations(planId)) {
            rows.add(Arrays.asList(
                    d.getRef(),
                    d.getCountry(),
                    wording.delegation(new DelegationName(d.getName(), d.getCountry())),
                    wording.rank(d.getHeadRank()),
                    d.getSize(),
                    d.getArrival(),
                    d.getDeparture(),
                    d.getHotelVenueId()));
        }
        return new Table(wording.says("delegations"), wording.headings(DELEGATIONS), rows);
    }

    /** The plan's bookings, or with a null plan every booking the reader may read. */
    Table bookings(Long planId, Wording wording) {
        return bookings(runSheets.bookings(planId, null), wording);
    }

    /**
     * Booking times are the booked place's, in Beijing time; a redacted engagement keeps only its type and needs.
     * A booking names its place in English: in Chinese the catalogue's names are looked up.
     */
    private Table bookings(List<BookingResponse> bookings, Wording wording) {
        Map<String, RunSheets.Place> places = wording.chinese()
                ? runSheets.placesOf(
                        bookings.stream().map(BookingResponse::spaceId).collect(Collectors.toSet()))
                : Map.of();
        List<List<Object>> rows = new ArrayList<>();
        for (BookingResponse booking : bookings) {
            RunSheets.Place place = places.get(booking.spaceId());
            rows.add(bookingRow(
                    booking,
                    place == null ? booking.venueName() : wording.name(booking.venueName(), place.venueNameZh()),
                    place == null ? booking.spaceName() : wording.name(booking.spaceName(), place.spaceNameZh()),
                    wording));
        }
        return new Table(wording.says("bookings"), wording.headings(BOOKINGS), rows);
    }

    private static Table scheduleTable(String name, List<ScheduleEntry> entries, Wording wording) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            rows.add(Arrays.asList(
                    entry.day().toString(),
                    entry.start(),
                    entry.end(),
                    wording.name(entry.venueNameEn(), entry.venueNameZh()),
                    wording.name(entry.spaceNameEn(), entry.spaceNameZh()),
                    entry.engagementId(),
                    wording.title(entry),
                    wording.type(entry.type()),
                    wording.delegations(entry),
                    entry.headcount(),
                    wording.layout(entry.layout()),
                    wording.needs(entry.needs()),
                    wording.booking(entry.booking())));
        }
        return new Table(name, wording.headings(SCHEDULE), rows);
    }

    private static List<Object> bookingRow(BookingResponse booking, String venue, String space, Wording wording) {
        BookingResponse.EngagementSummary engagement = booking.engagement();
        boolean hidden = engagement != null && engagement.id() == null;
        EventType type = engagement == null ? null : EventType.valueOf(engagement.type());
        return Arrays.asList(
                booking.id(),
                wording.booking(booking.status()),
                booking.planName(),
                venue,
                space,
                beijing(booking.startsAt()),
                beijing(booking.endsAt()),
                engagement == null ? null : engagement.id(),
                engagement == null ? null : hidden ? wording.says("confidential") : engagement.title(),
                type == null ? null : wording.type(type),
                engagement == null ? null : engagement.headcount(),
                engagement == null || engagement.layout() == null
                        ? null
                        : wording.layout(Layout.valueOf(engagement.layout())),
                engagement == null
                        ? null
                        : wording.needs(engagement.requiredFeatures().stream()
                                .map(Feature::valueOf)
                                .toList()),
                engagement == null || hidden
                        ? null
                        : wording.delegations(engagement.attendees().stream()
                                .map(attendee -> new DelegationName(attendee.name(), attendee.country()))
                                .toList()),
                beijing(booking.answerBy()),
                booking.reason());
    }

    private static LocalDateTime beijing(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, RunSheets.BEIJING);
    }
}
