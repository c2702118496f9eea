package org.protocolplanner.notification;

/** What a notification is about (docs/reference/roles.md, "Booking lifecycle"). */
public enum NotificationKind {
    BOOKINGS_REQUESTED,
    BOOKINGS_WITHDRAWN,
    BOOKING_CONFIRMED,
    BOOKING_DECLINED,
    BOOKING_LAPSED,
    BOOKING_CANCELLED,
    REPLAN_NEEDED
}
