package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.planning.TravelTimes;
import org.protocolplanner.planning.model.CustomaryHours;
import org.protocolplanner.shared.protocol.EventType;

/**
 * Places engagements one by one into the first room and start that keeps every hard rule against
 * what is already placed: the witness that the generated summit can be scheduled completely.
 *
 * <p>Order: the opening plenary and the banquet first (they need everyone free), then welcome
 * ceremonies and talks with the host, then receptions and side meetings, then the rest; an
 * engagement always comes after those it must follow. Starts are tried within the type's customary
 * hours first ({@link CustomaryHours}: the witness keeps the customary-hours rule wherever it can),
 * then anywhere from 07:00 to an end by 23:00; days in order for engagements held early in a visit,
 * shuffled for the others. Rooms are tried nearest first to the first attendee's hotel, with up to
 * 15 km of random jitter, rooms more than four times too large last.
 */
final class WitnessScheduler {

    /** Where and when a placed engagement is, in minutes from the horizon's start. */
    record Slot(int room, int start, int end) {}

    private static final int DAY = 24 * 60;
    private static final int[] NO_BAND = {1, 0};
    private static final double JITTER_KM = 15;
    private static final double OVERSIZED_PENALTY_KM = 30;
    private static final List<EventType> PLACEMENT_ORDER = List.of(
            EventType.PLENARY,
            EventType.STATE_BANQUET,
            EventType.WELCOME_CEREMONY,
            EventType.BILATERAL_TALKS,
            EventType.RECEPTION,
            EventType.SIGNING_CEREMONY,
            EventType.PRESS_CONFERENCE,
            EventType.WORKING_LUNCH,
            EventType.CULTURAL_VISIT,
            EventType.BRIEFING);

    private final SummitVenues venues;
    private final DelegationRoster roster;
    private final HardRuleLedger ledger;
    private final int grain;
    private final SplittableRandom random;

    WitnessScheduler(
            SummitVenues venues, DelegationRoster roster, HardRuleLedger ledger, int grain, SplittableRandom random) {
        this.venues = venues;
        this.roster = roster;
        this.ledger = ledger;
        this.grain = grain;
        this.random = random;
    }

    /**
     * The slot of each engagement by its index; null where none keeps the hard rules.
     *
     * @param suitableRooms by engagement index, the rooms {@link SummitVenues#suitableRooms} finds
     */
    Slot[] place(List<ProposedEngagement> engagements, List<List<Integer>> suitableRooms) {
        Slot[] slots = new Slot[engagements.size()];
        for (ProposedEngagement engagement : inPlacementOrder(engagements)) {
            slots[engagement.index()] = placeOne(engagement, suitableRooms.get(engagement.index()));
        }
        return slots;
    }

    private static int roundedDuration(int durationMinutes, int grain) {
        return (durationMinutes + grain - 1) / grain * grain;
    }

    /**
     * By {@link #PLACEMENT_ORDER}, side meetings ranking with receptions, after the host's own
     * talks. The sort is stable, so within a rank document order holds, in which an engagement's
     * predecessors come before it.
     */
    private static List<ProposedEngagement> inPlacementOrder(List<ProposedEngagement> engagements) {
        Comparator<ProposedEngagement> byRank = Comparator.comparingInt(e -> {
            int rank = PLACEMENT_ORDER.indexOf(e.type());
            boolean sideMeeting = e.type() == EventType.BILATERAL_TALKS && !e.earlyInVisit();
            return sideMeeting ? PLACEMENT_ORDER.indexOf(EventType.RECEPTION) : rank;
        });
        return engagements.stream().sorted(byRank).toList();
    }

    private Slot placeOne(ProposedEngagement engagement, List<Integer> suitable) {
        int duration = roundedDuration(engagement.durationMinutes(), grain);
        int earliest = ledger.earliestStart(engagement);
        int latest = ledger.latestEnd(engagement);
        if (latest - earliest < duration) {
            return null;
        }
        List<Integer> rooms = byPreference(engagement, suitable);
        List<Integer> days = days(engagement, earliest, latest);
        int[] customary = CustomaryHours.customaryStarts(engagement.type(), duration);
        if (customary == null) {
            customary = NO_BAND;
        }
        int[][] bands = {customary, {CustomaryHours.DAY_OPENS, CustomaryHours.DAY_CLOSES - duration}};
        for (int b = 0; b < bands.length; b++) {
            for (int day : days) {
                for (int start : starts(day, bands[b], b == 0 ? null : customary)) {
                    int end = start + duration;
                    if (!ledger.attendeesFree(engagement, start, end)) {
                        continue;
                    }
                    for (int room : rooms) {
                        if (ledger.roomFits(engagement, room, start, end)) {
                            ledger.book(engagement, room, start, end);
                            return new Slot(room, start, end);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The grid starts of a day inside {@code band}, shuffled, leaving out those inside {@code skip}. */
    private List<Integer> starts(int day, int[] band, int[] skip) {
        List<Integer> starts = new ArrayList<>();
        int first = (band[0] + grain - 1) / grain * grain;
        for (int minute = first; minute <= band[1]; minute += grain) {
            if (skip == null || minute < skip[0] || minute > skip[1]) {
                starts.add(day * DAY + minute);
            }
        }
        return Draw.shuffled(random, starts);
    }

    private List<Integer> days(ProposedEngagement engagement, int earliest, int latest) {
        List<Integer> days = IntStream.rangeClosed(earliest / DAY, (latest - 1) / DAY)
                .boxed()
                .toList();
        return engagement.earlyInVisit() ? days : Draw.shuffled(random, days);
    }

    private List<Integer> byPreference(ProposedEngagement engagement, List<Integer> suitable) {
        double[] key = new double[venues.roomCount()];
        int hotel = engagement.delegations().isEmpty()
                ? -1
                : hotelOf(roster.get(engagement.delegations().get(0)));
        for (int room : suitable) {
            SummitVenues.Room candidate = venues.room(room);
            double distance =
                    hotel < 0 ? 0 : TravelTimes.haversineKm(venues.venue(hotel), venues.venue(candidate.venue()));
            boolean oversized = candidate.space().capacity().get(engagement.layout()) > 4 * engagement.headcount();
            key[room] = distance + JITTER_KM * random.nextDouble() + (oversized ? OVERSIZED_PENALTY_KM : 0);
        }
        return suitable.stream()
                .sorted(Comparator.comparingDouble(room -> key[room]))
                .toList();
    }

    private int hotelOf(DelegationDoc delegation) {
        return delegation.hotelVenueId() == null ? -1 : venues.venueIndex(delegation.hotelVenueId());
    }
}
