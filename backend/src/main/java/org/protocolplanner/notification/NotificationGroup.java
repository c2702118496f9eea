package org.protocolplanner.notification;

import java.time.Instant;

/**
 * A reader's notifications about one plan, counted: the plan ({@code planId} null for those about no plan),
 * how many there are, how many are unread, and when the newest came.
 */
public record NotificationGroup(Long planId, String planName, long total, long unread, Instant latestAt) {
}
