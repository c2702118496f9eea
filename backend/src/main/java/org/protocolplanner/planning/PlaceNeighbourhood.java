package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.VenueBrief;
import org.protocolplanner.shared.protocol.Layout;

/**
 * Which places lie near an engagement's current one, for the local search's nearby moves
 * ({@link NearbyPlaces}) and the construction ({@link QualityConstruction}). A place is near in space when its
 * venue is a short drive from an anchor: the engagement's own venue, the venue of one of its delegations'
 * engagements of that day, or a delegation's hotel (the travel-burden rule counts exactly those legs);
 * within a venue, the spaces that seat the engagement with the fewest empty seats come first. A start is
 * near when it lies a few grains from the current one, or at the same time of another day.
 *
 * <p>Everything here depends on the plan's facts only and is built once per solve: the venues by
 * distance from each venue, and each engagement's candidate spaces grouped by venue, tightest first.
 */
final class PlaceNeighbourhood {

    /** Venues with a candidate space that a draw considers around an anchor, nearest first. */
    static final int NEAR_VENUES = 20;
    /** Grains a start moves at most in one shift. */
    static final int SHIFT_GRAINS = 8;

    private final List<SpaceBrief> spaces;
    private final int grain;
    /** Per venue index: every venue index, nearest first (itself first). */
    private final int[][] venuesByDistance;

    private final Map<EngagementBrief, SpaceBrief[][]> spacesByVenue = new IdentityHashMap<>();

    /** The assignments {@link #assignmentsByDelegation} indexes: a solve's working schedule keeps its list. */
    private List<EngagementAssignment> indexedAssignments;
    /** Each delegation's assignments, in the schedule's order, so that an anchor is not a scan of them all. */
    private Map<DelegationBrief, List<EngagementAssignment>> assignmentsByDelegation;

    private PlaceNeighbourhood(ProtocolSchedule schedule) {
        this.spaces = schedule.getSpaces();
        this.grain = schedule.getHorizon().grainMinutes();
        List<VenueBrief> venues = schedule.getVenues();
        int size = venues.stream().mapToInt(VenueBrief::index).max().orElse(-1) + 1;
        VenueBrief[] byIndex = new VenueBrief[size];
        venues.forEach(venue -> byIndex[venue.index()] = venue);
        this.venuesByDistance = new int[size][];
        for (VenueBrief venue : venues) {
            venuesByDistance[venue.index()] = venues.stream()
                    .sorted(Comparator.comparingInt(venue::travelMinutesTo).thenComparingInt(VenueBrief::index))
                    .mapToInt(VenueBrief::index)
                    .toArray();
        }
    }

    /** The neighbourhood of {@code schedule}'s facts: {@code known} when it was built for them, else a new one. */
    static PlaceNeighbourhood of(ProtocolSchedule schedule, PlaceNeighbourhood known) {
        return known != null && known.spaces == schedule.getSpaces() ? known : new PlaceNeighbourhood(schedule);
    }

    /**
     * A candidate space of the assignment near one of its anchors (drawn at random), nearer venues and
     * tighter spaces more often; null when it has no candidate space.
     */
    SpaceBrief nearSpace(EngagementAssignment assignment, List<EngagementAssignment> all, Random random) {
        SpaceBrief[][] byVenue = spacesByVenue(assignment);
        VenueBrief anchor = anchor(assignment, all, random);
        if (anchor == null) {
            return randomSpace(assignment, random);
        }
        int[] order = venuesByDistance[anchor.index()];
        int[] near = new int[NEAR_VENUES];
        int found = 0;
        for (int i = 0; i < order.length && found < NEAR_VENUES; i++) {
            if (byVenue[order[i]] != null) {
                near[found++] = order[i];
            }
        }
        if (found == 0) {
            return null;
        }
        SpaceBrief[] atVenue = byVenue[near[skewedIndex(found, random)]];
        return atVenue[skewedIndex(atVenue.length, random)];
    }

    /** A candidate start a few grains from {@code start}, or near the same time on another day; null when none is. */
    Integer nearStart(EngagementAssignment assignment, int start, Random random) {
        for (int attempt = 0; attempt < 4; attempt++) {
            int grains = 1 + skewedIndex(SHIFT_GRAINS, random);
            int shift = (random.nextBoolean() ? grains : -grains) * grain;
            if (random.nextInt(4) == 0) {
                shift = (random.nextBoolean() ? 1 : -1) * ScheduleHorizon.MINUTES_PER_DAY
                        + (random.nextInt(3) - 1) * grain;
            }
            int candidate = start + shift;
            if (assignment.getCandidateStarts().contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The candidate spaces of the assignment at each venue (by venue index; null where it has none), fewest
     * empty seats first in its layout.
     */
    SpaceBrief[][] spacesByVenue(EngagementAssignment assignment) {
        return spacesByVenue.computeIfAbsent(assignment.getEngagement(), engagement -> {
            Layout layout = engagement.needs().layout();
            Map<VenueBrief, List<SpaceBrief>> grouped = new IdentityHashMap<>();
            assignment
                    .getCandidateSpaces()
                    .createOriginalIterator()
                    .forEachRemaining(space -> grouped.computeIfAbsent(space.venue(), v -> new ArrayList<>())
                            .add(space));
            SpaceBrief[][] byVenue = new SpaceBrief[venuesByDistance.length][];
            grouped.forEach((venue, atVenue) -> {
                SpaceBrief[] tightestFirst = atVenue.toArray(SpaceBrief[]::new);
                Arrays.sort(
                        tightestFirst,
                        Comparator.comparingInt((SpaceBrief space) -> space.capacity(layout))
                                .thenComparingInt(SpaceBrief::index));
                byVenue[venue.index()] = tightestFirst;
            });
            return byVenue;
        });
    }

    /**
     * Where the engagement's delegations are anyway: its own venue, the venue of another engagement of one
     * of its delegations on the same day, or a delegation's hotel; null when it has none of these.
     */
    private VenueBrief anchor(EngagementAssignment assignment, List<EngagementAssignment> all, Random random) {
        EngagementBrief engagement = assignment.getEngagement();
        List<VenueBrief> anchors = new ArrayList<>(4);
        if (assignment.isScheduled()) {
            anchors.add(assignment.venue());
        }
        List<DelegationBrief> delegations = engagement.delegations();
        if (!delegations.isEmpty()) {
            DelegationBrief delegation = delegations.get(random.nextInt(delegations.size()));
            if (delegation.hotel() != null) {
                anchors.add(delegation.hotel());
            }
            if (assignment.isScheduled()) {
                int day = ScheduleHorizon.dayOf(assignment.getStart());
                for (EngagementAssignment other : assignmentsOf(delegation, all)) {
                    if (other != assignment && other.isScheduled() && ScheduleHorizon.dayOf(other.getStart()) == day) {
                        anchors.add(other.venue());
                    }
                }
            }
        }
        return anchors.isEmpty() ? null : anchors.get(random.nextInt(anchors.size()));
    }

    private List<EngagementAssignment> assignmentsOf(DelegationBrief delegation, List<EngagementAssignment> all) {
        if (all != indexedAssignments) {
            Map<DelegationBrief, List<EngagementAssignment>> index = new HashMap<>();
            for (EngagementAssignment assignment : all) {
                for (DelegationBrief attending : assignment.getEngagement().delegations()) {
                    index.computeIfAbsent(attending, d -> new ArrayList<>()).add(assignment);
                }
            }
            assignmentsByDelegation = index;
            indexedAssignments = all;
        }
        return assignmentsByDelegation.getOrDefault(delegation, List.of());
    }

    private static SpaceBrief randomSpace(EngagementAssignment assignment, Random random) {
        long size = assignment.getCandidateSpaces().getSize();
        return size == 0 ? null : assignment.getCandidateSpaces().get(random.nextInt((int) size));
    }

    /** An index below {@code size}, small ones more often (the square of a uniform draw). */
    static int skewedIndex(int size, Random random) {
        double draw = random.nextDouble();
        return Math.min(size - 1, (int) (size * draw * draw));
    }
}
