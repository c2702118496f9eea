package org.protocolplanner.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification as its reader sees it; {@code subjectType} and {@code subjectId} say what it is about. */
public record NotificationResponse(
        long id,
        String kind,
        @Nullable String subjectType,
        @Nullable String subjectId,
        String message,
        Instant createdAt,
        @Nullable Instant readAt,
        boolean read) {}
