package org.protocolplanner.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its reader sees it; {@code subjectType} and {@code subjectId} say what it is about,
 * {@code planId} and {@code planName} the plan it belongs to (null for none), and a notice about several
 * bookings counts them ({@code bookingCount} at {@code venueCount} venues; null otherwise).
 */
public record NotificationResponse(
        long id,
        String kind,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable Long planId,
        @Nullable String planName,
        @Nullable Integer bookingCount,
        @Nullable Integer venueCount,
        String message,
        Instant createdAt,
        @Nullable Instant readAt,
        boolean read) {}
