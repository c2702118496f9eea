package org.protocolplanner.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protocolplanner.notification.Notice;
import org.protocolplanner.notification.NotificationKind;
import org.protocolplanner.notification.NotificationService;
import org.protocolplanner.notification.Recipients;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about each change of a booking, in the caller's transaction: venue managers
 * about requests to their venues and what happens to them, the protocol officers about answers, lapses
 * and re-plans (and, for a venue without managers, about its requests too). A publish tells each of them
 * once, counting the requests at all the venues they answer for, rather than once per venue: a summit's
 * publish asks hundreds of venues. A manager's text is written from the redacted view, so a confidential
 * engagement's title and attendees never reach them.
 */
@Component
class BookingNotices {

    /** A notification lists at most this many bookings, then says how many more. */
    static final int LISTED = 20;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String BOOKING = "booking";
    private static final String PLAN = "plan";

    private final NotificationService notifications;
    private final Recipients recipients;
    private final BookingViews views;

    BookingNotices(NotificationService notifications, Recipients recipients, BookingViews views) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.views = views;
    }

    /**
     * New requests of one publish: one notice to each venue manager for the requests of the venues they
     * manage, and one to each officer for those of the venues without managers (which they answer).
     */
    void requested(long planId, String planName, List<Long> bookingIds, Instant answerBy) {
        Addressed addressed = address(bookingIds, true);
        addressed.byRecipient().forEach((account, ids) -> {
            List<BookingResponse> theirs = addressed.shownTo(account, ids);
            Set<String> venues = venues(theirs);
            long unmanaged =
                    venues.stream().filter(addressed.unmanaged()::contains).count();
            String where = where(theirs, venues.size());
            String answer = unmanaged == 0
                    ? ""
                    : venues.size() == 1
                            ? " (a venue without managers: yours to answer)"
                            : unmanaged == venues.size()
                                    ? " (venues without managers: yours to answer)"
                                    : " (" + unmanaged + " of them without managers: yours to answer)";
            notifications.notify(
                    List.of(account),
                    new Notice(
                            NotificationKind.BOOKINGS_REQUESTED,
                            PLAN,
                            String.valueOf(planId),
                            planId,
                            planName,
                            theirs.size(),
                            venues.size(),
                            "Booking requests from plan '" + planName + "': " + theirs.size() + " at " + where,
                            "Plan '" + planName + "' published: " + theirs.size() + " booking request(s) at " + where
                                    + answer + ", to be answered by " + beijingTime(answerBy) + ":" + lines(theirs)));
        });
    }

    /** An answer-by time as the people who answer read it: Beijing time, to the minute. */
    static String beijingTime(Instant instant) {
        return TIME.format(instant.atZone(BEIJING)) + " Beijing time";
    }

    /** Requests no longer needed (a re-publish, or the officer withdrew them): each manager may forget theirs. */
    void withdrawn(List<Long> bookingIds) {
        Addressed addressed = address(bookingIds, false);
        addressed.byRecipient().forEach((account, ids) -> {
            List<BookingResponse> theirs = addressed.shownTo(account, ids);
            theirs.stream()
                    .collect(Collectors.groupingBy(BookingResponse::planId, LinkedHashMap::new, Collectors.toList()))
                    .forEach((planId, ofPlan) -> {
                        String planName = ofPlan.get(0).planName();
                        Set<String> venues = venues(ofPlan);
                        String where = where(ofPlan, venues.size());
                        notifications.notify(
                                List.of(account),
                                new Notice(
                                        NotificationKind.BOOKINGS_WITHDRAWN,
                                        PLAN,
                                        String.valueOf(planId),
                                        planId,
                                        planName,
                                        ofPlan.size(),
                                        venues.size(),
                                        "Booking requests withdrawn from plan '" + planName + "': " + ofPlan.size()
                                                + " at " + where,
                                        "Plan '" + planName + "': " + ofPlan.size() + " booking request(s) at " + where
                                                + " withdrawn; no answer is needed:" + lines(ofPlan)));
                    });
        });
    }

    void confirmed(long bookingId) {
        toOfficers(bookingId, NotificationKind.BOOKING_CONFIRMED, "confirmed");
    }

    /** @param newlyNeedsReplan whether the decline made the plan need a re-plan: the officers are told so once */
    void declined(long bookingId, boolean newlyNeedsReplan) {
        BookingResponse booking = toOfficers(bookingId, NotificationKind.BOOKING_DECLINED, "declined");
        if (newlyNeedsReplan) {
            notifications.notify(
                    recipients.officers(),
                    Notice.about(
                            NotificationKind.REPLAN_NEEDED,
                            PLAN,
                            String.valueOf(booking.planId()),
                            booking.planId(),
                            booking.planName(),
                            "Plan '" + booking.planName() + "' needs a re-plan",
                            "Plan '" + booking.planName() + "' needs a re-plan: booking " + bookingId
                                    + " was declined and its space is now excluded for the engagement."));
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
        notifications.notify(recipients.officers(), single(booking, kind, what));
        return booking;
    }

    /** @return whether the venue has managers to tell */
    private boolean toManagers(long bookingId, NotificationKind kind, String what) {
        BookingResponse booking = views.find(bookingId, true).orElseThrow();
        List<Long> managers = recipients.managersOf(booking.venueId());
        if (!managers.isEmpty()) {
            notifications.notify(managers, single(booking, kind, what));
        }
        return !managers.isEmpty();
    }

    private static Notice single(BookingResponse booking, NotificationKind kind, String what) {
        return Notice.about(
                kind,
                BOOKING,
                String.valueOf(booking.id()),
                booking.planId(),
                booking.planName(),
                "Booking " + booking.id() + " " + what,
                "Booking " + booking.id() + " of plan '" + booking.planName()
                        + "' " + what + (booking.reason() == null ? "" : " (reason: " + booking.reason() + ")") + ":"
                        + line(booking));
    }

    /**
     * Who is told about these bookings, each with theirs, in the order of the bookings: the managers of each
     * booking's venue and, for a venue without managers, the officers (only if {@code officersAnswerUnmanaged}).
     * Everyone but an officer reads the bookings redacted.
     */
    private record Addressed(
            Map<Long, List<Long>> byRecipient,
            Set<String> unmanaged,
            Set<Long> officers,
            Map<Long, BookingResponse> full,
            Map<Long, BookingResponse> redacted) {

        List<BookingResponse> shownTo(long account, List<Long> ids) {
            Map<Long, BookingResponse> view = officers.contains(account) ? full : redacted;
            return ids.stream().map(view::get).toList();
        }
    }

    private Addressed address(List<Long> bookingIds, boolean officersAnswerUnmanaged) {
        if (bookingIds.isEmpty()) {
            return new Addressed(Map.of(), Set.of(), Set.of(), Map.of(), Map.of());
        }
        List<BookingResponse> full = views.findAll(bookingIds, false);
        Set<String> venueIds = venues(full);
        Map<String, List<Long>> managers = recipients.managersOf(venueIds);
        Set<String> unmanaged = new HashSet<>(venueIds);
        unmanaged.removeAll(managers.keySet());
        List<Long> officers = recipients.officers();
        Map<Long, List<Long>> byRecipient = new LinkedHashMap<>();
        for (BookingResponse booking : full) {
            List<Long> told = managers.getOrDefault(booking.venueId(), officersAnswerUnmanaged ? officers : List.of());
            told.forEach(account ->
                    byRecipient.computeIfAbsent(account, a -> new ArrayList<>()).add(booking.id()));
        }
        boolean anyManager = byRecipient.keySet().stream().anyMatch(account -> !officers.contains(account));
        List<BookingResponse> redacted = anyManager ? views.findAll(bookingIds, true) : List.of();
        return new Addressed(byRecipient, unmanaged, Set.copyOf(officers), byId(full), byId(redacted));
    }

    private static Map<Long, BookingResponse> byId(List<BookingResponse> bookings) {
        return bookings.stream().collect(Collectors.toMap(BookingResponse::id, Function.identity()));
    }

    private static Set<String> venues(List<BookingResponse> bookings) {
        return bookings.stream().map(BookingResponse::venueId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The venue by name when there is one, else how many. */
    private static String where(List<BookingResponse> bookings, int venues) {
        return venues == 1 ? bookings.get(0).venueName() : venues + " venues";
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
                    line.append(" with ")
                            .append(String.join(
                                    ", ",
                                    engagement.attendees().stream()
                                            .map(BookingResponse.Attendee::name)
                                            .toList()));
                }
            }
        }
        return line.append(" [booking ").append(booking.id()).append(']').toString();
    }
}
