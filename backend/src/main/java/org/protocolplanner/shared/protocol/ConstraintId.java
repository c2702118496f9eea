package org.protocolplanner.shared.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stable ids of docs/reference/constraints.md, in catalogue order, with their level. */
public enum ConstraintId {
    SPACE_CAPACITY("space-capacity", Level.HARD),
    SPACE_CONFLICT("space-conflict", Level.HARD),
    DELEGATION_CLASH("delegation-clash", Level.HARD),
    TRAVEL_TIME("travel-time", Level.HARD),
    SECURITY_GRADE("security-grade", Level.HARD),
    SPACE_AVAILABILITY("space-availability", Level.HARD),
    EVENT_WINDOW("event-window", Level.HARD),
    REQUIRED_FEATURES("required-features", Level.HARD),
    EXCLUDED_SPACE("excluded-space", Level.HARD),
    DELEGATION_SEPARATION("delegation-separation", Level.HARD),
    EVENT_ORDER("event-order", Level.HARD),
    UNSCHEDULED_EVENT("unscheduled-event", Level.MEDIUM),
    RANK_PRESTIGE("rank-prestige", Level.SOFT),
    EQUAL_TREATMENT("equal-treatment", Level.SOFT),
    TRAVEL_BURDEN("travel-burden", Level.SOFT),
    CAPACITY_FIT("capacity-fit", Level.SOFT),
    PREFERRED_SPACE("preferred-space", Level.SOFT),
    CUSTOMARY_HOURS("customary-hours", Level.SOFT),
    REST_GAP("rest-gap", Level.SOFT),
    MOTORCADE_LOAD("motorcade-load", Level.SOFT),
    PLAN_STABILITY("plan-stability", Level.SOFT),
    VENUE_LOAD("venue-load", Level.SOFT);

    public enum Level {
        HARD,
        MEDIUM,
        SOFT
    }

    private final String id;
    private final Level level;

    ConstraintId(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public static Optional<ConstraintId> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<ConstraintId> soft() {
        return Arrays.stream(values()).filter(c -> c.level == Level.SOFT).toList();
    }
}
