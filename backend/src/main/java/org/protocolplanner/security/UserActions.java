package org.protocolplanner.security;

import java.util.List;

/**
 * What a module lets the signed-in user do beyond any one record (make a plan, answer bookings, administer
 * accounts), answered from that module's policy; {@code GET /api/me} lists them all in {@code allowedActions}, so
 * that the UI decides which screens and buttons to offer without knowing the role matrix.
 */
public interface UserActions {

    List<String> allowedActions(PlannerUser user);
}
