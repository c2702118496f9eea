package org.protocolplanner.planning.model;

/** Where a published plan put an engagement: plan-stability keeps it there if it can. */
public record PublishedPlace(SpaceBrief space, int start) {

    public static final int OTHER_VENUE_POINTS = 100;
    public static final int OTHER_SPACE_POINTS = 30;
    public static final int OTHER_DAY_POINTS = 60;
    public static final int OTHER_TIME_POINTS = 20;

    /**
     * Stability points of a move to {@code newSpace} at {@code newStart}: a change of venue weighs more
     * than a change of space within the venue, a change of day more than a change of time on the day;
     * a move of both place and time adds the two.
     */
    public int movePoints(SpaceBrief newSpace, int newStart) {
        int points = 0;
        if (newSpace != space) {
            points += newSpace.venue() != space.venue() ? OTHER_VENUE_POINTS : OTHER_SPACE_POINTS;
        }
        if (newStart != start) {
            points += ScheduleHorizon.dayOf(newStart) != ScheduleHorizon.dayOf(start)
                    ? OTHER_DAY_POINTS
                    : OTHER_TIME_POINTS;
        }
        return points;
    }
}
