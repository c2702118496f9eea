package org.protocolplanner.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking as the API shows it, with what a venue manager needs to decide. For a manager, a
 * confidential engagement shows its type, time, headcount, layout and needs but never its id, title or
 * attendees (docs/reference/roles.md, role matrix): those fields are null.
 *
 * @param localStart  the start in the plan's time zone, as the plan's engagements are written
 * @param busyUntil   the end plus the space's turnover: the interval no other confirmed booking may touch
 * @param venueManaged whether the venue has managers: they answer its requests; else the protocol officers do
 */
public record BookingResponse(long id, long planId, String planName, BookingStatus status, String venueId,
        String venueName, boolean venueManaged, String spaceId, String spaceName, Instant startsAt, Instant endsAt,
        Instant busyUntil, String timeZone, LocalDateTime localStart, LocalDateTime localEnd, Instant answerBy,
        String reason, Long replacesBookingId, Instant requestedAt, Instant answeredAt, String answeredBy,
        EngagementSummary engagement, long version) {

    /** The engagement booked; id, title and attendees are null where the reader may not see them. */
    public record EngagementSummary(String id, String title, String type, int headcount, String layout,
            List<String> requiredFeatures, List<String> attendees, boolean confidential) {
    }
}
