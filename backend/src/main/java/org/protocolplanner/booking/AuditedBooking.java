package org.protocolplanner.booking;

import java.time.Instant;

/** A booking's values as the audit log keeps them: the row itself, without the engagement's confidential title. */
record AuditedBooking(
        long id,
        long planId,
        Long engagementId,
        String spaceId,
        BookingStatus status,
        Instant startsAt,
        Instant endsAt,
        Instant busyUntil,
        Instant answerBy,
        String reason,
        Long replacesBookingId,
        Instant answeredAt,
        String answeredBy) {

    static AuditedBooking of(Booking booking) {
        return new AuditedBooking(
                booking.getId(),
                booking.getPlanId(),
                booking.getEngagementId(),
                booking.getSpaceId(),
                booking.getStatus(),
                booking.getStartsAt(),
                booking.getEndsAt(),
                booking.getBusyUntil(),
                booking.getAnswerBy(),
                booking.getReason(),
                booking.getReplacesBookingId(),
                booking.getAnsweredAt(),
                booking.getAnsweredBy());
    }
}
