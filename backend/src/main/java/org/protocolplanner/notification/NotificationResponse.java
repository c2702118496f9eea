package org.protocolplanner.notification;

import java.time.Instant;

/**
 * A notification as its reader sees it; {@code subjectType} and {@code subjectId} say what it is about,
 * {@code planId} and {@code planName} the plan it belongs to (null for none), and a notice about several
 * bookings counts them ({@code bookingCount} at {@code venueCount} venues; null otherwise).
 */
public record NotificationResponse(long id, String kind, String subjectType, String subjectId, Long planId,
        String planName, Integer bookingCount, Integer venueCount, String message, Instant createdAt, Instant readAt,
        boolean read) {
}
