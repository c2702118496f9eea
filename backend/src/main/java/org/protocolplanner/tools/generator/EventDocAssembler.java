package org.protocolplanner.tools.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;

/**
 * Turns a placed engagement into its event document: ids for its delegations and predecessors,
 * and the parts drawn around the witness so that the witness keeps them: a time window, preferred
 * spaces and (rarely) an excluded space other than the witness's.
 */
final class EventDocAssembler {

    private static final double UNBOUNDED_SIDE_CHANCE = 0.3;
    private static final int MIN_SLACK_QUARTERS = 4;
    private static final int MAX_SLACK_QUARTERS = 96;
    private static final double PREFERENCE_CHANCE = 0.2;
    private static final double EXCLUSION_CHANCE = 0.05;

    private final SummitVenues venues;
    private final DelegationRoster roster;
    private final Horizon horizon;
    private final SplittableRandom random;

    EventDocAssembler(SummitVenues venues, DelegationRoster roster, Horizon horizon, SplittableRandom random) {
        this.venues = venues;
        this.roster = roster;
        this.horizon = horizon;
        this.random = random;
    }

    /**
     * @param suitable the rooms {@link SummitVenues#suitableRooms} finds for the engagement
     * @param eventIds the id of each engagement by index, null for those not placed (their
     *                 {@code after} references are dropped with them)
     * @param pinned   whether the event is pinned where the witness placed it
     */
    EventDoc assemble(
            ProposedEngagement engagement,
            List<Integer> suitable,
            WitnessScheduler.Slot slot,
            String[] eventIds,
            boolean pinned) {
        LocalDateTime start = horizon.start().plusMinutes(slot.start());
        LocalDateTime end = horizon.start().plusMinutes(slot.end());
        LocalDateTime earliestStart = Draw.chance(random, UNBOUNDED_SIDE_CHANCE)
                ? null
                : latest(horizon.start(), start.minusMinutes(slack()));
        LocalDateTime latestEnd =
                Draw.chance(random, UNBOUNDED_SIDE_CHANCE) ? null : earliest(horizon.end(), end.plusMinutes(slack()));
        List<String> preferred = new ArrayList<>();
        if (Draw.chance(random, PREFERENCE_CHANCE)) {
            int wanted = Draw.between(random, 1, 2);
            for (int room : Draw.shuffled(random, suitable).subList(0, Math.min(wanted, suitable.size()))) {
                preferred.add(venues.room(room).space().id());
            }
        }
        List<String> excluded = new ArrayList<>();
        if (Draw.chance(random, EXCLUSION_CHANCE)) {
            List<String> others = suitable.stream()
                    .filter(room -> room != slot.room())
                    .map(room -> venues.room(room).space().id())
                    .filter(id -> !preferred.contains(id))
                    .toList();
            if (!others.isEmpty()) {
                excluded.add(Draw.oneOf(random, others));
            }
        }
        List<String> delegations =
                engagement.delegations().stream().map(d -> roster.get(d).id()).toList();
        List<String> after = engagement.after().stream()
                .map(p -> eventIds[p])
                .filter(id -> id != null)
                .toList();
        return new EventDoc(
                eventIds[engagement.index()],
                engagement.title(),
                engagement.type(),
                delegations,
                engagement.headcount(),
                engagement.layout(),
                engagement.durationMinutes(),
                engagement.requiredFeatures(),
                engagement.minSecurityGrade(),
                earliestStart,
                latestEnd,
                List.copyOf(preferred),
                List.copyOf(excluded),
                engagement.priority(),
                after,
                pinned ? new Placement(venues.room(slot.room()).space().id(), start) : null,
                null,
                engagement.confidential());
    }

    /** Between one and 24 hours, in quarter hours. */
    private int slack() {
        return 15 * Draw.between(random, MIN_SLACK_QUARTERS, MAX_SLACK_QUARTERS);
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
