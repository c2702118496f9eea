package org.protocolplanner.shared.protocol;

/** Kinds of engagement; side meetings between two delegations are {@link #BILATERAL_TALKS}. */
public enum EventType {
    WELCOME_CEREMONY,
    BILATERAL_TALKS,
    PLENARY,
    STATE_BANQUET,
    RECEPTION,
    SIGNING_CEREMONY,
    PRESS_CONFERENCE,
    CULTURAL_VISIT,
    WORKING_LUNCH,
    BRIEFING
}
