package org.protocolplanner.shared.protocol;

/** Equipment or property of a space that an engagement may require. */
public enum Feature {
    INTERPRETATION,
    STAGE,
    PRESS_AREA,
    KITCHEN,
    ACCESSIBLE,
    OUTDOOR,
    SECURE_HOLDING_ROOM,
    BROADCAST,
    HELIPAD
}
