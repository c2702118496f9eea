package org.protocolplanner.notification;

import java.time.Instant;

/** A notification as its reader sees it; {@code subjectType} and {@code subjectId} say what it is about. */
public record NotificationResponse(long id, String kind, String subjectType, String subjectId, String message,
        Instant createdAt, Instant readAt, boolean read) {
}
