package org.protocolplanner.security;

/** The four roles of product.md. */
public enum Role {
    ADMIN, PROTOCOL_OFFICER, PLANNER, VENUE_MANAGER
}
