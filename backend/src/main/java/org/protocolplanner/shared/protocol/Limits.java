package org.protocolplanner.shared.protocol;

/**
 * The plausible ranges of the numbers the API's request bodies carry, written down once: the request
 * records' validation uses them, and docs/api.md ("Limits") lists them. A value outside is refused
 * with 400 naming its field, never stored as the nearest value in range: a capacity clamped to 0
 * makes a ballroom unusable without anyone noticing.
 */
public final class Limits {

    /** People per layout of a space: a national stadium seats about 90,000. */
    public static final int CAPACITY_MIN = 1;

    public static final int CAPACITY_MAX = 100_000;

    /** Set-up and clearing after an event: at most a day. */
    public static final int TURNOVER_MINUTES_MAX = 24 * 60;

    /** People at one engagement, the host side included. */
    public static final int HEADCOUNT_MIN = 1;

    public static final int HEADCOUNT_MAX = 10_000;

    /** An engagement lasts at least a minute and at most a day. */
    public static final int DURATION_MINUTES_MIN = 1;

    public static final int DURATION_MINUTES_MAX = 24 * 60;

    /** People in one foreign delegation. */
    public static final int DELEGATION_SIZE_MIN = 1;

    public static final int DELEGATION_SIZE_MAX = 1_000;

    /** What leaving an engagement unscheduled costs (the exchange format's range). */
    public static final int PRIORITY_MIN = 1;

    public static final int PRIORITY_MAX = 10;

    /** A soft rule's weight (the exchange format's range); 0 switches the rule off. */
    public static final int WEIGHT_MIN = 0;

    public static final int WEIGHT_MAX = 1000;

    /** The travel model of a plan's settings. */
    public static final String TRAVEL_SPEED_KMH_MIN = "1";

    public static final String TRAVEL_SPEED_KMH_MAX = "200";
    public static final String TRAVEL_ROAD_FACTOR_MIN = "1";
    public static final String TRAVEL_ROAD_FACTOR_MAX = "5";
    public static final int TRAVEL_FIXED_MINUTES_MAX = 240;

    private Limits() {}
}
