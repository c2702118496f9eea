package org.protocolplanner.planning;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.model.Attendance;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.EventWindow;
import org.protocolplanner.planning.model.OpeningHours;
import org.protocolplanner.planning.model.Precedence;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ProtocolWeights;
import org.protocolplanner.planning.model.PublishedPlace;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.Separation;
import org.protocolplanner.planning.model.SpaceBlock;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.SpaceNeeds;
import org.protocolplanner.planning.model.TimeBound;
import org.protocolplanner.planning.model.VenueBrief;
import org.protocolplanner.shared.protocol.SecurityGrade;

/**
 * Builds the planning model of a plan document: converts times to plan minutes, derives what
 * docs/reference/exchange-format.md derives (rounded durations, travel minutes, required grades) and narrows
 * each engagement's candidates. Every closure in the document counts; whether derived closures are
 * in it is the caller's choice (the solver wants them, a plain import drops them).
 */
public final class ProtocolScheduleFactory {

    /** The plan with its pinned events where they are pinned and every other event unscheduled. */
    public ProtocolSchedule create(PlanDocument plan) {
        Map<String, Placement> pins = new LinkedHashMap<>();
        plan.events().stream()
                .filter(event -> event.pinned() != null)
                .forEach(event -> pins.put(event.id(), event.pinned()));
        return create(plan, pins);
    }

    /**
     * The plan with each event placed as {@code placements} says (event id to space and start) and the
     * events it does not name unscheduled. Pinned events stay pinned, wherever the placements put them.
     *
     * @throws IllegalArgumentException when a placement names an unknown event or space
     */
    public ProtocolSchedule create(PlanDocument plan, Map<String, Placement> placements) {
        return new Builder(plan).build(placements);
    }

    /** One build: the lookups by id that the steps share. */
    private static final class Builder {

        private final PlanDocument plan;
        private final ScheduleHorizon horizon;
        private final Map<String, VenueBrief> venues = new LinkedHashMap<>();
        private final Map<String, SpaceBrief> spaces = new LinkedHashMap<>();
        private final Map<String, DelegationBrief> delegations = new LinkedHashMap<>();
        private final Map<String, EngagementBrief> engagements = new LinkedHashMap<>();

        Builder(PlanDocument plan) {
            this.plan = plan;
            Horizon h = plan.horizon();
            this.horizon = new ScheduleHorizon(h.start(), h.end(), h.grainMinutes());
        }

        ProtocolSchedule build(Map<String, Placement> placements) {
            addVenuesAndSpaces();
            plan.delegations().forEach(this::addDelegation);
            plan.events().forEach(this::addEngagement);
            List<EngagementAssignment> assignments = assignments(placements);
            return new ProtocolSchedule(
                    plan.name(),
                    horizon,
                    List.copyOf(venues.values()),
                    List.copyOf(spaces.values()),
                    List.copyOf(delegations.values()),
                    List.copyOf(engagements.values()),
                    attendances(),
                    precedences(),
                    separations(),
                    ProtocolWeights.of(plan.constraintWeights()),
                    assignments);
        }

        private void addVenuesAndSpaces() {
            int[][] travel = TravelTimes.matrix(plan.venues(), plan.travel());
            Map<String, List<SpaceBlock>> closures = closuresBySpace();
            for (int i = 0; i < plan.venues().size(); i++) {
                VenueDoc doc = plan.venues().get(i);
                VenueBrief venue =
                        new VenueBrief(doc.id(), doc.name(), doc.securityGrade(), doc.prestige(), i, travel[i]);
                venues.put(doc.id(), venue);
                for (SpaceDoc space : doc.spaces()) {
                    spaces.put(space.id(), space(space, venue, closures.getOrDefault(space.id(), List.of())));
                }
            }
            divideSpaces();
        }

        /** Links divisible spaces to their parts, once every space exists: a part may come after its whole. */
        private void divideSpaces() {
            Map<SpaceBrief, List<SpaceBrief>> partsByWhole = new LinkedHashMap<>();
            for (VenueDoc venue : plan.venues()) {
                for (SpaceDoc space : venue.spaces()) {
                    if (!space.parts().isEmpty()) {
                        partsByWhole.put(
                                spaces.get(space.id()),
                                space.parts().stream().map(this::knownSpace).toList());
                    }
                }
            }
            SpaceBrief.divide(partsByWhole);
        }

        private SpaceBrief space(SpaceDoc doc, VenueBrief venue, List<SpaceBlock> closures) {
            List<int[]> windows = doc.open().stream()
                    .map(w -> new int[] {w.fromMinute(), w.toMinute()})
                    .toList();
            List<SpaceBlock> blocks = new ArrayList<>();
            for (Period blackout : doc.blackouts()) {
                blocks.add(block(SpaceBlock.Kind.BLACKOUT, blackout.start(), blackout.end(), blackout.reason()));
            }
            blocks.addAll(closures);
            return new SpaceBrief(
                    doc.id(),
                    doc.name(),
                    venue,
                    spaces.size(),
                    doc.capacity(),
                    Set.copyOf(doc.features()),
                    doc.turnoverMinutes(),
                    OpeningHours.of(windows),
                    blocks);
        }

        private Map<String, List<SpaceBlock>> closuresBySpace() {
            Map<String, List<SpaceBlock>> closures = new HashMap<>();
            for (ClosureDoc closure : plan.closures()) {
                closures.computeIfAbsent(closure.spaceId(), id -> new ArrayList<>())
                        .add(block(SpaceBlock.Kind.CLOSURE, closure.start(), closure.end(), closure.reason()));
            }
            return closures;
        }

        private SpaceBlock block(SpaceBlock.Kind kind, LocalDateTime start, LocalDateTime end, String reason) {
            return new SpaceBlock(kind, horizon.minuteOf(start), horizon.minuteOf(end), reason);
        }

        private void addDelegation(DelegationDoc doc) {
            VenueBrief hotel = doc.hotelVenueId() == null ? null : venues.get(doc.hotelVenueId());
            delegations.put(
                    doc.id(),
                    new DelegationBrief(
                            doc.id(),
                            doc.name(),
                            doc.headRank(),
                            doc.size(),
                            horizon.minuteOf(doc.arrival()),
                            horizon.minuteOf(doc.departure()),
                            hotel));
        }

        private void addEngagement(EventDoc doc) {
            List<DelegationBrief> attending =
                    doc.delegations().stream().map(delegations::get).toList();
            SpaceNeeds needs = new SpaceNeeds(
                    doc.headcount(),
                    doc.layout(),
                    Set.copyOf(doc.requiredFeatures()),
                    requiredGrade(attending, doc.minSecurityGrade()),
                    doc.excludedSpaces().stream().map(this::knownSpace).collect(Collectors.toSet()));
            Set<SpaceBrief> preferred =
                    doc.preferredSpaces().stream().map(this::knownSpace).collect(Collectors.toSet());
            Placement publishedAt = doc.published();
            PublishedPlace published = publishedAt == null
                    ? null
                    : new PublishedPlace(knownSpace(publishedAt.spaceId()), horizon.minuteOf(publishedAt.start()));
            engagements.put(
                    doc.id(),
                    new EngagementBrief(
                            doc.id(),
                            doc.title(),
                            doc.type(),
                            doc.priority(),
                            attending,
                            horizon.roundUpToGrain(doc.durationMinutes()),
                            needs,
                            window(doc, attending),
                            preferred,
                            published));
        }

        /** The highest grade the attendees' ranks require (C without attendees), raised to the event's minimum. */
        private static SecurityGrade requiredGrade(List<DelegationBrief> attending, SecurityGrade minimum) {
            SecurityGrade grade = SecurityGrade.C;
            for (DelegationBrief delegation : attending) {
                grade = SecurityGrade.higher(grade, delegation.headRank().requiredGrade());
            }
            return SecurityGrade.higher(grade, minimum);
        }

        private EventWindow window(EventDoc doc, List<DelegationBrief> attending) {
            List<TimeBound> bounds = new ArrayList<>();
            if (doc.earliestStart() != null) {
                bounds.add(new TimeBound(TimeBound.Kind.EARLIEST_START, null, horizon.minuteOf(doc.earliestStart())));
            }
            if (doc.latestEnd() != null) {
                bounds.add(new TimeBound(TimeBound.Kind.LATEST_END, null, horizon.minuteOf(doc.latestEnd())));
            }
            for (DelegationBrief delegation : attending) {
                bounds.add(new TimeBound(TimeBound.Kind.ARRIVAL, delegation.id(), delegation.arrival()));
                bounds.add(new TimeBound(TimeBound.Kind.DEPARTURE, delegation.id(), delegation.departure()));
            }
            bounds.add(new TimeBound(TimeBound.Kind.HORIZON_START, null, horizon.startMinute()));
            bounds.add(new TimeBound(TimeBound.Kind.HORIZON_END, null, horizon.endMinute()));
            return new EventWindow(bounds);
        }

        private List<EngagementAssignment> assignments(Map<String, Placement> placements) {
            placements.keySet().stream()
                    .filter(id -> !engagements.containsKey(id))
                    .findFirst()
                    .ifPresent(id -> {
                        throw new IllegalArgumentException("placement of unknown event " + id);
                    });
            CandidateFinder finder = new CandidateFinder(horizon, List.copyOf(spaces.values()));
            List<EngagementAssignment> assignments = new ArrayList<>();
            for (EventDoc doc : plan.events()) {
                EngagementBrief engagement = engagements.get(doc.id());
                CandidateFinder.Candidates candidates = finder.find(engagement);
                EngagementAssignment assignment =
                        new EngagementAssignment(engagement, candidates.spaces(), candidates.starts());
                assignment.setPinned(doc.pinned() != null);
                Placement placement = placements.get(doc.id());
                if (placement != null) {
                    assignment.place(knownSpace(placement.spaceId()), horizon.minuteOf(placement.start()));
                }
                assignments.add(assignment);
            }
            return assignments;
        }

        private SpaceBrief knownSpace(String id) {
            SpaceBrief space = spaces.get(id);
            if (space == null) {
                throw new IllegalArgumentException("unknown space " + id);
            }
            return space;
        }

        private List<Attendance> attendances() {
            List<Attendance> attendances = new ArrayList<>();
            for (EngagementBrief engagement : engagements.values()) {
                engagement.delegations().forEach(delegation -> attendances.add(new Attendance(delegation, engagement)));
            }
            return attendances;
        }

        private List<Precedence> precedences() {
            List<Precedence> precedences = new ArrayList<>();
            for (EventDoc doc : plan.events()) {
                EngagementBrief later = engagements.get(doc.id());
                doc.after().forEach(id -> precedences.add(new Precedence(engagements.get(id), later)));
            }
            return precedences;
        }

        /** {@code separateFrom} is symmetric: either side may list it, and a pair counts once. */
        private List<Separation> separations() {
            Set<List<String>> pairs = new LinkedHashSet<>();
            for (DelegationDoc doc : plan.delegations()) {
                for (String other : doc.separateFrom()) {
                    pairs.add(doc.id().compareTo(other) < 0 ? List.of(doc.id(), other) : List.of(other, doc.id()));
                }
            }
            return pairs.stream()
                    .map(pair -> new Separation(delegations.get(pair.get(0)), delegations.get(pair.get(1))))
                    .toList();
        }
    }
}
