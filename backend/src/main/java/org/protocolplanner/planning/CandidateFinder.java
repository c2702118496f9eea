package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.OpeningHours;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.planning.model.SpaceNeeds;
import org.protocolplanner.planning.model.SpaceRange;
import org.protocolplanner.planning.model.StartRange;

/**
 * Narrows each engagement's spaces and starts to those that can possibly fit: a space that seats it
 * in its layout, has its features and grade and is not excluded, and a start on the grain within its
 * window at which that space is open and clear for the whole event. A space with no such start is
 * dropped; a start no candidate space can take is dropped.
 *
 * <p>The horizon is cut into grain-long slots; for each distinct availability (opening hours and
 * blocks, those of the spaces it shares floor with included) one array holds, per slot, how many free slots follow in a row, so a start fits a space
 * when that run is at least the event's length in slots. Equal ranges are shared between engagements.
 */
final class CandidateFinder {

    record Candidates(SpaceRange spaces, StartRange starts) {
        static final Candidates NONE = new Candidates(SpaceRange.NONE, StartRange.NONE);
    }

    private record Availability(OpeningHours hours, List<List<Integer>> blocks) {}

    /** What the candidates depend on; engagements asking the same get the same answer. */
    private record Request(SpaceNeeds needs, int slotsNeeded, int firstSlot, int lastSlot) {}

    private final ScheduleHorizon horizon;
    private final int firstStart;
    private final int slotCount;
    private final Map<SpaceBrief, int[]> freeRunBySpace = new LinkedHashMap<>();
    private final Map<SpaceRange, SpaceRange> sharedSpaceRanges = new HashMap<>();
    private final Map<StartRange, StartRange> sharedStartRanges = new HashMap<>();
    private final Map<Request, Candidates> answered = new HashMap<>();

    CandidateFinder(ScheduleHorizon horizon, List<SpaceBrief> spaces) {
        this.horizon = horizon;
        this.firstStart = horizon.startMinute();
        this.slotCount = (horizon.endMinute() - firstStart) / horizon.grainMinutes();
        Map<Availability, int[]> runsByAvailability = new HashMap<>();
        for (SpaceBrief space : spaces) {
            freeRunBySpace.put(space, runsByAvailability.computeIfAbsent(availabilityOf(space), a -> freeRuns(space)));
        }
    }

    /** The blocks of the spaces that share floor count too, as {@link SpaceBrief#unavailableMinutes} counts them. */
    private static Availability availabilityOf(SpaceBrief space) {
        return new Availability(
                space.openingHours(),
                space.floorBlocks().stream()
                        .map(block -> List.of(block.start(), block.end()))
                        .toList());
    }

    private int[] freeRuns(SpaceBrief space) {
        int grain = horizon.grainMinutes();
        int[] runs = new int[slotCount + 1];
        for (int slot = slotCount - 1; slot >= 0; slot--) {
            int start = firstStart + slot * grain;
            boolean free = space.unavailableMinutes(start, start + grain) == 0;
            runs[slot] = free ? runs[slot + 1] + 1 : 0;
        }
        return runs;
    }

    Candidates find(EngagementBrief engagement) {
        int grain = horizon.grainMinutes();
        int duration = engagement.durationMinutes();
        int earliest = Math.max(firstStart, engagement.window().earliestStart());
        int latestEnd = Math.min(horizon.endMinute(), engagement.window().latestEnd());
        int firstSlot = Math.floorDiv(earliest - firstStart + grain - 1, grain);
        int lastSlot = Math.floorDiv(latestEnd - duration - firstStart, grain);
        if (lastSlot < firstSlot) {
            return Candidates.NONE;
        }
        return answered.computeIfAbsent(
                new Request(engagement.needs(), duration / grain, firstSlot, lastSlot), this::find);
    }

    private Candidates find(Request request) {
        int grain = horizon.grainMinutes();
        Map<int[], BitSet> startsByRuns = new IdentityHashMap<>();
        Map<SpaceBrief, BitSet> fitting = new LinkedHashMap<>();
        for (Map.Entry<SpaceBrief, int[]> entry : freeRunBySpace.entrySet()) {
            SpaceBrief space = entry.getKey();
            if (request.needs().admits(space)) {
                BitSet starts = startsByRuns.computeIfAbsent(entry.getValue(), runs -> fittingSlots(runs, request));
                if (!starts.isEmpty()) {
                    fitting.put(space, starts);
                }
            }
        }
        if (fitting.isEmpty()) {
            return Candidates.NONE;
        }
        BitSet union = new BitSet();
        fitting.values().forEach(union::or);
        int[] starts = union.stream().map(slot -> firstStart + slot * grain).toArray();
        List<SpaceBrief> spaces = new ArrayList<>(fitting.keySet());
        return new Candidates(
                sharedSpaceRanges.computeIfAbsent(SpaceRange.of(spaces), range -> range),
                sharedStartRanges.computeIfAbsent(StartRange.of(starts), range -> range));
    }

    private static BitSet fittingSlots(int[] runs, Request request) {
        BitSet slots = new BitSet();
        for (int slot = request.firstSlot(); slot <= request.lastSlot(); slot++) {
            if (runs[slot] >= request.slotsNeeded()) {
                slots.set(slot);
            }
        }
        return slots;
    }
}
