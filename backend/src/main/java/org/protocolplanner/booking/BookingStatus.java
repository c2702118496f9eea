package org.protocolplanner.booking;

/** The states of a booking (docs/reference/roles.md, "Booking lifecycle"). */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    LAPSED,
    WITHDRAWN,
    CANCELLED
}
