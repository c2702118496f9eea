package org.protocolplanner.planning.constraints;

import java.util.List;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.HeadRank;

/** Why one match of a soft rule penalises. Times are plan minutes; a day is 0 for the horizon's first. */
public interface QualityJustification extends ProtocolJustification {

    record PrestigeGap(String eventId, String venueId, int deservedPrestige, int venuePrestige)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.RANK_PRESTIGE;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    /**
     * Peers' engagements of one type in venues of different prestige: one match per group of peers, as
     * the rule counts them together.
     *
     * @param engagements how many engagements of the type the rank leads
     * @param lowestPrestige and {@code highestPrestige}: the range of their venues' prestige
     */
    record UnequalTreatment(HeadRank rank, EventType type, int engagements, int lowestPrestige, int highestPrestige)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.EQUAL_TREATMENT;
        }

        /** None in particular: the spread is the group's, and any of its engagements can narrow it. */
        public List<String> eventIds() {
            return List.of();
        }
    }

    /** @param eventIds the day's engagements in order of their start */
    record TravelBurden(String delegationId, int day, List<String> eventIds, int travelMinutes)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.TRAVEL_BURDEN;
        }
    }

    record EmptySeats(String eventId, String spaceId, int capacity, int headcount, int margin)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.CAPACITY_FIT;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record NotPreferredSpace(String eventId, String spaceId) implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.PREFERRED_SPACE;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    /**
     * @param start      plan minute
     * @param end        plan minute
     * @param startFrom  the type's first customary start, minutes since midnight
     * @param startUntil the type's last customary start, minutes since midnight
     * @param latestEnd  the type's latest customary end, minutes since midnight
     */
    record OffCustomaryHours(
            String eventId, EventType type, int start, int end, int startFrom, int startUntil, int latestEnd)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.CUSTOMARY_HOURS;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record ShortRest(String delegationId, String fromEventId, String toEventId, int pauseMinutes, int restMinutes)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.REST_GAP;
        }

        public List<String> eventIds() {
            return List.of(fromEventId, toEventId);
        }
    }

    record CloseMotorcades(String venueId, String firstEventId, String secondEventId, int minutesApart)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.MOTORCADE_LOAD;
        }

        public List<String> eventIds() {
            return List.of(firstEventId, secondEventId);
        }
    }

    record MovedFromPublished(
            String eventId, String publishedSpaceId, int publishedStart, String spaceId, int start, int points)
            implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.PLAN_STABILITY;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record VenueOverloaded(String venueId, int day, int engagements, int dailyLoad) implements QualityJustification {
        public ConstraintId constraint() {
            return ConstraintId.VENUE_LOAD;
        }

        public List<String> eventIds() {
            return List.of();
        }
    }
}
