package org.protocolplanner.planning.constraints;

import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.protocolplanner.planning.model.SpaceBlock;
import org.protocolplanner.planning.model.TimeBound;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * Why one match of a rule penalises: the rule and the parameters a sentence needs (the delegation,
 * the venues, the minutes short, ...), by id so that an explanation can word them in any language.
 */
public interface ProtocolJustification extends ConstraintJustification {

    ConstraintId constraint();

    /** The events the match is about, for the explanation per event. */
    List<String> eventIds();

    /** @param capacity the space's capacity in the layout; null when the space cannot take the layout */
    record OverCapacity(String eventId, String spaceId, Layout layout, int headcount, Integer capacity)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.SPACE_CAPACITY;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    /**
     * @param spaceId       the first event's space
     * @param secondSpaceId the second event's space: the same, or one that shares floor with it
     */
    record SpaceDoubleBooked(
            String spaceId, String secondSpaceId, String firstEventId, String secondEventId, int minutes)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.SPACE_CONFLICT;
        }

        public List<String> eventIds() {
            return List.of(firstEventId, secondEventId);
        }
    }

    record DelegationDoubleBooked(String delegationId, String firstEventId, String secondEventId, int minutes)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.DELEGATION_CLASH;
        }

        public List<String> eventIds() {
            return List.of(firstEventId, secondEventId);
        }
    }

    /** The delegation has {@code gapMinutes} between the events, {@code travelMinutes} are needed. */
    record TravelShortfall(
            String delegationId,
            String fromEventId,
            String toEventId,
            String fromVenueId,
            String toVenueId,
            int travelMinutes,
            int gapMinutes)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.TRAVEL_TIME;
        }

        public List<String> eventIds() {
            return List.of(fromEventId, toEventId);
        }
    }

    record GradeShortfall(String eventId, String venueId, SecurityGrade required, SecurityGrade venueGrade)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.SECURITY_GRADE;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record SpaceUnavailable(String eventId, String spaceId, int minutesOutsideHours, List<BlockedMinutes> blocked)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.SPACE_AVAILABILITY;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    /**
     * @param spaceId whose blackout or closure: the event's space or one that shares floor with it
     * @param reason  the blackout's or closure's reason; may be null
     */
    record BlockedMinutes(String spaceId, SpaceBlock.Kind kind, String reason, int minutes) {}

    record OutsideWindow(String eventId, List<BrokenBound> brokenBounds) implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.EVENT_WINDOW;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    /** @param delegationId whose arrival or departure; null for the event's own bounds and the horizon */
    record BrokenBound(TimeBound.Kind kind, String delegationId, int minutes) {}

    record MissingFeatures(String eventId, String spaceId, Set<Feature> missing) implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.REQUIRED_FEATURES;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record ExcludedSpaceUsed(String eventId, String spaceId) implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.EXCLUDED_SPACE;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }

    record SeparatedDelegationsMeet(
            String delegationId,
            String otherDelegationId,
            String venueId,
            String firstEventId,
            String secondEventId,
            int minutes)
            implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.DELEGATION_SEPARATION;
        }

        public List<String> eventIds() {
            return List.of(firstEventId, secondEventId);
        }
    }

    record OrderBroken(String earlierEventId, String laterEventId, int minutes) implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.EVENT_ORDER;
        }

        public List<String> eventIds() {
            return List.of(earlierEventId, laterEventId);
        }
    }

    record Unscheduled(String eventId, int priority) implements ProtocolJustification {
        public ConstraintId constraint() {
            return ConstraintId.UNSCHEDULED_EVENT;
        }

        public List<String> eventIds() {
            return List.of(eventId);
        }
    }
}
