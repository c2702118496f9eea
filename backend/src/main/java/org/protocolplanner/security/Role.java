package org.protocolplanner.security;

/** The four roles of docs/reference/roles.md. */
public enum Role {
    ADMIN,
    PROTOCOL_OFFICER,
    PLANNER,
    VENUE_MANAGER
}
