package org.protocolplanner.booking;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.security.PlannerUser;

/**
 * A booking as the API shows it, with what a venue manager needs to decide. For a manager, a
 * confidential engagement shows its type, time, headcount, layout and needs but never its id, title or
 * attendees (docs/reference/roles.md, role matrix): those fields are null.
 *
 * @param localStart  the start in the plan's time zone, as the plan's engagements are written
 * @param busyUntil   the end plus the space's turnover: the interval no other confirmed booking may touch
 * @param venueManaged whether the venue has managers: they answer its requests; else the protocol officers do
 * @param allowedActions what the signed-in reader may do with it now ({@link BookingPolicy}): the UI shows its
 *                       answers from this list
 */
public record BookingResponse(
        long id,
        long planId,
        String planName,
        BookingStatus status,
        String venueId,
        String venueName,
        boolean venueManaged,
        String spaceId,
        String spaceName,
        Instant startsAt,
        Instant endsAt,
        Instant busyUntil,
        String timeZone,
        LocalDateTime localStart,
        LocalDateTime localEnd,
        @Nullable Instant answerBy,
        @Nullable String reason,
        @Nullable Long replacesBookingId,
        Instant requestedAt,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable EngagementSummary engagement,
        long version,

        @ArraySchema(
                schema =
                        @Schema(
                                allowableValues = {
                                    BookingPolicy.CONFIRM,
                                    BookingPolicy.DECLINE,
                                    BookingPolicy.CANCEL,
                                    BookingPolicy.WITHDRAW
                                }))
        List<String> allowedActions) {

    /** The same booking as {@code reader} sees it, with what they may do with it. */
    BookingResponse shownTo(PlannerUser reader) {
        return new BookingResponse(
                id,
                planId,
                planName,
                status,
                venueId,
                venueName,
                venueManaged,
                spaceId,
                spaceName,
                startsAt,
                endsAt,
                busyUntil,
                timeZone,
                localStart,
                localEnd,
                answerBy,
                reason,
                replacesBookingId,
                requestedAt,
                answeredAt,
                answeredBy,
                engagement,
                version,
                BookingPolicy.allowedActions(reader, this));
    }

    /** The engagement booked; id, title and attendees are null where the reader may not see them. */
    public record EngagementSummary(
            @Nullable String id,
            @Nullable String title,
            String type,
            int headcount,
            String layout,
            List<String> requiredFeatures,
            @Nullable List<Attendee> attendees,
            boolean confidential) {}

    /** A delegation attending, with its ISO 3166 country code so that a screen may name it in its own language. */
    public record Attendee(String name, @Nullable String country) {}
}
