package org.protocolplanner.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reader's notifications about one plan, counted: the plan ({@code planId} null for those about no plan),
 * how many there are, how many are unread, and when the newest came.
 */
public record NotificationGroup(
        @Nullable Long planId, @Nullable String planName, long total, long unread, Instant latestAt) {}
