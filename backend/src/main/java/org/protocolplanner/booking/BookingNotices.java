package org.protocolplanner.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.notification.NotificationKind;
import org.protocolplanner.notification.NotificationService;
import org.protocolplanner.notification.Recipients;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about each change of a booking, in the caller's transaction: venue managers
 * about requests to their venues and what happens to them, the protocol officers about answers, lapses
 * and re-plans (and, for a venue without managers, about its requests too). A manager's text is written
 * from the redacted view, so a confidential engagement's title and attendees never reach them.
 */
@Component
class BookingNotices {

    /** A notification lists at most this many bookings, then says how many more. */
    static final int LISTED = 20;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String BOOKING = "booking";

    private final NotificationService notifications;
    private final Recipients recipients;
    private final BookingViews views;

    BookingNotices(NotificationService notifications, Recipients recipients, BookingViews views) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.views = views;
    }

    /** New requests: to each venue's managers, or to the officers' inbox for a venue without managers. */
    void requested(long planId, String planName, List<Long> bookingIds, Instant answerBy) {
        for (Map.Entry<String, List<Long>> venue : byVenue(bookingIds).entrySet()) {
            List<Long> managers = recipients.managersOf(venue.getKey());
            boolean unmanaged = managers.isEmpty();
            List<BookingResponse> listed = views.findAll(venue.getValue(), !unmanaged);
            String intro = listed.size() + " booking request(s) from plan '" + planName + "' for "
                    + listed.get(0).venueName() + (unmanaged ? " (a venue without managers: yours to answer)" : "")
                    + ", to be answered by " + beijingTime(answerBy) + ":";
            notifications.notify(
                    unmanaged ? recipients.officers() : managers,
                    NotificationKind.BOOKINGS_REQUESTED,
                    "plan",
                    String.valueOf(planId),
                    "Booking requests for " + listed.get(0).venueName(),
                    intro + lines(listed));
        }
    }

    /** An answer-by time as the people who answer read it: Beijing time, to the minute. */
    static String beijingTime(Instant instant) {
        return TIME.format(instant.atZone(BEIJING)) + " Beijing time";
    }

    /** Requests a re-publish no longer needs: their venues' managers may forget them. */
    void withdrawn(List<Long> bookingIds) {
        for (Map.Entry<String, List<Long>> venue : byVenue(bookingIds).entrySet()) {
            List<Long> managers = recipients.managersOf(venue.getKey());
            if (!managers.isEmpty()) {
                List<BookingResponse> listed = views.findAll(venue.getValue(), true);
                notifications.notify(
                        managers,
                        NotificationKind.BOOKINGS_WITHDRAWN,
                        "venue",
                        venue.getKey(),
                        "Booking requests withdrawn for " + listed.get(0).venueName(),
                        listed.size() + " booking request(s) withdrawn; no answer is needed:" + lines(listed));
            }
        }
    }

    void confirmed(long bookingId) {
        toOfficers(bookingId, NotificationKind.BOOKING_CONFIRMED, "confirmed");
    }

    void declined(long bookingId, boolean replanNeeded) {
        BookingResponse booking = toOfficers(bookingId, NotificationKind.BOOKING_DECLINED, "declined");
        if (replanNeeded) {
            notifications.notify(
                    recipients.officers(),
                    NotificationKind.REPLAN_NEEDED,
                    "plan",
                    String.valueOf(booking.planId()),
                    "Plan '" + booking.planName() + "' needs a re-plan",
                    "Plan '" + booking.planName() + "' needs a re-plan: booking " + bookingId
                            + " was declined and its space is now excluded for the engagement.");
        }
    }

    /** A lapse concerns the officers (the plan needs attention) and the managers who did not answer. */
    void lapsed(long bookingId) {
        toOfficers(bookingId, NotificationKind.BOOKING_LAPSED, "lapsed unanswered");
        toManagers(bookingId, NotificationKind.BOOKING_LAPSED, "lapsed unanswered");
    }

    /** A cancellation is news to the other side: the officers when a manager cancels, else the managers. */
    void cancelled(long bookingId, boolean byManager) {
        if (byManager || !toManagers(bookingId, NotificationKind.BOOKING_CANCELLED, "cancelled")) {
            toOfficers(bookingId, NotificationKind.BOOKING_CANCELLED, "cancelled");
        }
    }

    private BookingResponse toOfficers(long bookingId, NotificationKind kind, String what) {
        BookingResponse booking = views.find(bookingId, false).orElseThrow();
        notifications.notify(
                recipients.officers(),
                kind,
                BOOKING,
                String.valueOf(bookingId),
                "Booking " + bookingId + " " + what,
                sentence(booking, what));
        return booking;
    }

    /** @return whether the venue has managers to tell */
    private boolean toManagers(long bookingId, NotificationKind kind, String what) {
        BookingResponse booking = views.find(bookingId, true).orElseThrow();
        List<Long> managers = recipients.managersOf(booking.venueId());
        if (!managers.isEmpty()) {
            notifications.notify(
                    managers,
                    kind,
                    BOOKING,
                    String.valueOf(bookingId),
                    "Booking " + bookingId + " " + what,
                    sentence(booking, what));
        }
        return !managers.isEmpty();
    }

    private static String sentence(BookingResponse booking, String what) {
        return "Booking " + booking.id() + " of plan '" + booking.planName() + "' " + what
                + (booking.reason() == null ? "" : " (reason: " + booking.reason() + ")") + ":" + line(booking);
    }

    private Map<String, List<Long>> byVenue(List<Long> bookingIds) {
        Map<String, List<Long>> byVenue = new LinkedHashMap<>();
        for (BookingResponse booking : views.findAll(bookingIds, false)) {
            byVenue.computeIfAbsent(booking.venueId(), venue -> new ArrayList<>())
                    .add(booking.id());
        }
        return byVenue;
    }

    private static String lines(List<BookingResponse> bookings) {
        StringBuilder text = new StringBuilder();
        bookings.stream().limit(LISTED).forEach(booking -> text.append(line(booking)));
        if (bookings.size() > LISTED) {
            text.append("\n- and ").append(bookings.size() - LISTED).append(" more");
        }
        return text.toString();
    }

    /** One booking in a line: where, when, what and for whom; title and attendees only where visible. */
    private static String line(BookingResponse booking) {
        BookingResponse.EngagementSummary engagement = booking.engagement();
        StringBuilder line = new StringBuilder("\n- ")
                .append(booking.spaceName())
                .append(" (")
                .append(booking.venueName())
                .append("), ")
                .append(TIME.format(booking.localStart()))
                .append('-')
                .append(TIME.format(booking.localEnd()).substring(11))
                .append(' ')
                .append(booking.timeZone());
        if (engagement != null) {
            line.append(": ")
                    .append(engagement.type())
                    .append(", ")
                    .append(engagement.headcount())
                    .append(" people, ")
                    .append(engagement.layout());
            if (!engagement.requiredFeatures().isEmpty()) {
                line.append(", needs ").append(String.join(", ", engagement.requiredFeatures()));
            }
            if (engagement.title() == null) {
                line.append(" (confidential engagement)");
            } else {
                line.append(": ").append(engagement.title());
                if (!engagement.attendees().isEmpty()) {
                    line.append(" with ").append(String.join(", ", engagement.attendees()));
                }
            }
        }
        return line.append(" [booking ").append(booking.id()).append(']').toString();
    }
}
