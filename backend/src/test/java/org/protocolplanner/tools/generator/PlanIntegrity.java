package org.protocolplanner.tools.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;

/**
 * What docs/reference/exchange-format.md calls malformed, checked from its words on a document in memory
 * (ids, duplicates, references, the {@code after} graph, ranges, periods), plus the witness's own
 * shape: one placement per event, in a known space, on the grain, inside the horizon. Answers the
 * problems found, in words; none means well-formed.
 */
final class PlanIntegrity {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final List<String> problems = new ArrayList<>();

    static List<String> problems(PlanDocument plan, Map<String, Placement> witness) {
        PlanIntegrity check = new PlanIntegrity();
        check.check(plan, witness);
        return check.problems;
    }

    private void check(PlanDocument plan, Map<String, Placement> witness) {
        Set<String> venueIds = new HashSet<>();
        Set<String> spaceIds = new HashSet<>();
        for (VenueDoc venue : plan.venues()) {
            id("venue", venue.id(), venueIds);
            expect(
                    venue.lat() >= -90 && venue.lat() <= 90 && venue.lon() >= -180 && venue.lon() <= 180,
                    venue.id() + " coordinates");
            expect(venue.prestige() >= 1 && venue.prestige() <= 10, venue.id() + " prestige");
            for (SpaceDoc space : venue.spaces()) {
                id("space", space.id(), spaceIds);
                expect(space.capacity().values().stream().allMatch(c -> c >= 0), space.id() + " capacity");
                expect(space.turnoverMinutes() >= 0, space.id() + " turnover");
                distinct(space.id() + " features", space.features());
                for (OpeningWindow w : space.open()) {
                    expect(
                            0 <= w.fromMinute() && w.fromMinute() < w.toMinute() && w.toMinute() <= 1440,
                            space.id() + " opening window");
                }
                for (Period b : space.blackouts()) {
                    expect(b.end().isAfter(b.start()), space.id() + " blackout");
                }
            }
        }
        Set<String> delegationIds = new HashSet<>();
        plan.delegations().forEach(d -> id("delegation", d.id(), delegationIds));
        for (DelegationDoc d : plan.delegations()) {
            expect(d.size() >= 1, d.id() + " size");
            expect(d.departure().isAfter(d.arrival()), d.id() + " departure");
            expect(d.hotelVenueId() == null || venueIds.contains(d.hotelVenueId()), d.id() + " hotel");
            distinct(d.id() + " separateFrom", d.separateFrom());
            for (String other : d.separateFrom()) {
                expect(delegationIds.contains(other) && !other.equals(d.id()), d.id() + " separateFrom " + other);
            }
        }
        Set<String> eventIds = new HashSet<>();
        plan.events().forEach(e -> id("event", e.id(), eventIds));
        for (EventDoc e : plan.events()) {
            expect(e.headcount() >= 1 && e.durationMinutes() >= 1, e.id() + " headcount or duration");
            expect(e.priority() >= 1 && e.priority() <= 10, e.id() + " priority");
            expect(e.published() == null, e.id() + " is published");
            expect(e.pinned() == null || e.pinned().equals(witness.get(e.id())), e.id() + " is pinned off its witness");
            expect(
                    e.earliestStart() == null
                            || e.latestEnd() == null
                            || e.latestEnd().isAfter(e.earliestStart()),
                    e.id() + " window");
            for (List<String> list : List.of(e.delegations(), e.after(), e.preferredSpaces(), e.excludedSpaces())) {
                distinct(e.id() + " list", list);
            }
            distinct(e.id() + " features", e.requiredFeatures());
            e.delegations().forEach(d -> expect(delegationIds.contains(d), e.id() + " delegation " + d));
            e.after().forEach(a -> expect(eventIds.contains(a), e.id() + " after " + a));
            e.preferredSpaces().forEach(s -> expect(spaceIds.contains(s), e.id() + " preferred " + s));
            e.excludedSpaces().forEach(s -> expect(spaceIds.contains(s), e.id() + " excluded " + s));
        }
        plan.closures().forEach(c -> expect(spaceIds.contains(c.spaceId()), "closure " + c.spaceId()));
        expect(!hasAfterCycle(plan), "after forms a cycle");
        checkWitness(plan, witness, spaceIds);
    }

    private void checkWitness(PlanDocument plan, Map<String, Placement> witness, Set<String> spaceIds) {
        expect(
                witness.keySet()
                        .equals(new HashSet<>(
                                plan.events().stream().map(EventDoc::id).toList())),
                "the witness places exactly the events");
        for (Map.Entry<String, Placement> entry : witness.entrySet()) {
            Placement p = entry.getValue();
            long offset = Duration.between(plan.horizon().start(), p.start()).toMinutes();
            expect(spaceIds.contains(p.spaceId()), entry.getKey() + " witness space");
            expect(
                    offset >= 0
                            && p.start().isBefore(plan.horizon().end())
                            && offset % plan.horizon().grainMinutes() == 0,
                    entry.getKey() + " witness start");
        }
    }

    private static boolean hasAfterCycle(PlanDocument plan) {
        Map<String, List<String>> after = new HashMap<>();
        plan.events().forEach(e -> after.put(e.id(), e.after()));
        Map<String, Integer> state = new HashMap<>();
        for (EventDoc e : plan.events()) {
            if (reachesItself(e.id(), after, state)) {
                return true;
            }
        }
        return false;
    }

    /** Depth-first search: 1 on the current path, 2 finished. */
    private static boolean reachesItself(String id, Map<String, List<String>> after, Map<String, Integer> state) {
        Integer seen = state.get(id);
        if (seen != null) {
            return seen == 1;
        }
        state.put(id, 1);
        for (String before : after.getOrDefault(id, List.of())) {
            if (reachesItself(before, after, state)) {
                return true;
            }
        }
        state.put(id, 2);
        return false;
    }

    private void id(String kind, String id, Set<String> seen) {
        expect(ID.matcher(id).matches(), kind + " id " + id + " breaks the id rule");
        expect(seen.add(id), kind + " id " + id + " twice");
    }

    private void distinct(String what, List<?> values) {
        expect(new HashSet<>(values).size() == values.size(), what + " holds a value twice");
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
