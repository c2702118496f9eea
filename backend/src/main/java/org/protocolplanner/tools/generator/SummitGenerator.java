package org.protocolplanner.tools.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.protocolplanner.exchange.EventDoc;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.EventType;

/**
 * Generates a summit-week problem document that can be scheduled completely, the same one for the
 * same options. While it generates, it places every engagement into a room and start that breaks
 * no hard rule of docs/reference/constraints.md (see {@link WitnessScheduler}); an engagement it cannot place is
 * left out of the document. Only then are the engagements' windows drawn around that witness, so
 * the solver still has choices to make. The witness is returned with the document.
 *
 * <p>Distributions (synthetic assumptions; docs/summit-generator.md summarises them; venues in
 * {@link SyntheticVenueGenerator}):
 * <ul>
 * <li><b>Horizon</b>: {@code days} days from the given midnight (default 2026-09-07), 15-minute
 * grain by default, Asia/Shanghai, default travel model (35 km/h, road factor 1.3, 10 min).</li>
 * <li><b>Ranks</b>: head of state 35 %, head of government 20 %, deputy head 10 %, minister 15 %,
 * senior official 10 %, head of an international organisation 10 %. Countries are drawn without
 * repeat from 157 (China is the host), organisations from 20.</li>
 * <li><b>Sizes</b>, uniform: head of state 30-80, head of government 25-70, deputy head 15-40,
 * minister 8-25, senior official 4-12, international organisation 6-20.</li>
 * <li><b>Stay</b>: the opening day is day 2 (day 1 of a one-day summit). Arrival on day 1
 * 08:00-20:00, or (35 %) on the opening day 06:00-12:00; departure on the last day 10:00-22:00, or
 * (40 %, when that day is after the opening day) the day before 14:00-22:00; when the last day is
 * the opening day, 22:00-23:45. All in quarter hours, so everyone is present on the opening day
 * from 12:00 to 22:00.</li>
 * <li><b>Hotel</b>: a venue of at least the grade the head's rank needs, uniformly.</li>
 * <li><b>Kept apart</b>: one pair of delegations per 20 (at least one), drawn uniformly; they get
 * no side meeting together.</li>
 * <li><b>Engagements for all</b>: an opening PLENARY (every delegation, 4 per delegation + 60,
 * THEATRE, 180 min, INTERPRETATION STAGE BROADCAST, priority 10); the STATE_BANQUET after it (3 per
 * delegation + 80, BANQUET, 120 min, STAGE KITCHEN, priority 10); one evening RECEPTION per 20
 * delegations, for a random group of them (8 per delegation + 40, RECEPTION, 90 min, KITCHEN,
 * priority 4); a host security BRIEFING for liaison officers (no delegation, 40-80, CLASSROOM,
 * 60 min, SECURE_HOLDING_ROOM, minimum grade B, confidential, priority 2).</li>
 * <li><b>Each delegation</b>: a WELCOME_CEREMONY for heads of state and government (up to 20 of
 * the delegation + 30-80, CEREMONY, 30 or 45 min, OUTDOOR 50 %, priority 9); BILATERAL_TALKS with
 * the host after it (8-16 of the delegation + 6-12, ROUNDTABLE, 90 min for heads of state and
 * government with INTERPRETATION and SECURE_HOLDING_ROOM, else 60 min with INTERPRETATION;
 * priority 9 heads, 8 deputies and organisations, 7 ministers, 6 senior officials); and by
 * chance, each independently: a SIGNING_CEREMONY after the talks (25 %; 20-50, CEREMONY, 30 min,
 * PRESS_AREA, priority 6), a PRESS_CONFERENCE after the talks (20 %; 40-150, THEATRE, 40, 45 or
 * 60 min, INTERPRETATION PRESS_AREA, BROADCAST 50 %, priority 5), a WORKING_LUNCH (20 %; 10-30,
 * BANQUET, 75 or 90 min, INTERPRETATION KITCHEN, priority 5), a CULTURAL_VISIT (30 %; up to 10-30,
 * RECEPTION, 90-150 min, ACCESSIBLE 50 %, priority 3), a BRIEFING (15 %; up to 5-20, CLASSROOM,
 * 30-60 min, SECURE_HOLDING_ROOM 50 %, minimum grade B 30 %, confidential 50 %, priority 2).</li>
 * <li><b>Side meetings</b>: about {@code pairMeetings} per delegation (BILATERAL_TALKS between two
 * delegations, paired at random; 4-10 from each, ROUNDTABLE, 45 or 60 min, INTERPRETATION 70 %,
 * confidential 10 %, priority 7 between two heads, else 5).</li>
 * <li><b>So</b>: about 3.65 engagements per delegation plus 3-4 summit-wide ones at the default
 * two side meetings (60 delegations: about 220; 50: about 185).</li>
 * <li><b>Windows</b>, drawn around the witness: each side (earliest start, latest end) is absent
 * 30 % of the time, else 1-24 h (in quarter hours) beyond the witness, cut at the horizon.</li>
 * <li><b>Preferred spaces</b>: 20 % of events, 1-2 spaces that fit; <b>excluded space</b>: 5 %, one
 * that fits but is not the witness's. No event is pinned or published, but for the opening plenary
 * when the options name its space: it is held there and pinned at its witness start.</li>
 * </ul>
 */
public final class SummitGenerator {

    /** The most events a plan document may hold (docs/reference/exchange-format.md). */
    static final int MAX_EVENTS = 5000;

    private SummitGenerator() {}

    /**
     * @throws IllegalArgumentException when the options would draw more engagements than a plan
     *                                  document may hold
     */
    public static GeneratedSummit generate(SummitOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed());
        Horizon horizon = options.horizon();
        List<VenueDoc> venueDocs = new ArrayList<>(options.givenVenues());
        new SyntheticVenueGenerator(random.nextLong())
                .generate(options.syntheticVenueCount(), horizon)
                .forEach(site -> venueDocs.add(site.venue()));
        SummitVenues venues = new SummitVenues(venueDocs, horizon.start());
        DelegationRoster roster = DelegationRoster.draw(options, venues.venues(), random.split());
        List<ProposedEngagement> engagements = EngagementMix.draw(roster, options.pairMeetings(), random.split());
        if (engagements.size() > MAX_EVENTS) {
            throw new IllegalArgumentException(engagements.size() + " engagements drawn, more than the " + MAX_EVENTS
                    + " a plan document may hold: fewer delegations or side meetings");
        }
        HardRuleLedger ledger = new HardRuleLedger(venues, roster, TravelModel.DEFAULT, options, engagements.size());
        List<List<Integer>> suitableRooms = engagements.stream()
                .map(engagement -> roomsFor(engagement, venues, options.plenarySpace()))
                .toList();
        WitnessScheduler.Slot[] slots = new WitnessScheduler(
                        venues, roster, ledger, options.grainMinutes(), random.split())
                .place(engagements, suitableRooms);

        String[] eventIds = new String[engagements.size()];
        int placed = 0;
        for (ProposedEngagement engagement : engagements) {
            if (slots[engagement.index()] != null) {
                eventIds[engagement.index()] = String.format(Locale.ROOT, "ev-%03d", ++placed);
            }
        }
        EventDocAssembler assembler = new EventDocAssembler(venues, roster, horizon, random.split());
        List<EventDoc> events = new ArrayList<>(placed);
        Map<String, Placement> witness = new LinkedHashMap<>();
        for (ProposedEngagement engagement : engagements) {
            WitnessScheduler.Slot slot = slots[engagement.index()];
            if (slot != null) {
                boolean pinned = options.plenarySpace() != null && engagement.type() == EventType.PLENARY;
                EventDoc event =
                        assembler.assemble(engagement, suitableRooms.get(engagement.index()), slot, eventIds, pinned);
                events.add(event);
                witness.put(
                        event.id(),
                        new Placement(
                                venues.room(slot.room()).space().id(),
                                horizon.start().plusMinutes(slot.start())));
            }
        }
        PlanDocument plan = new PlanDocument(
                name(options),
                PlanDocument.DEFAULT_TIME_ZONE,
                horizon,
                TravelModel.DEFAULT,
                venues.venues(),
                roster.delegations(),
                List.copyOf(events),
                List.of(),
                Map.of());
        return new GeneratedSummit(plan, Collections.unmodifiableMap(witness));
    }

    /** The rooms the engagement fits; only the given space for the plenary when the options name one. */
    private static List<Integer> roomsFor(ProposedEngagement engagement, SummitVenues venues, String plenarySpace) {
        List<Integer> suitable = venues.suitableRooms(engagement);
        if (plenarySpace == null || engagement.type() != EventType.PLENARY) {
            return suitable;
        }
        List<Integer> chosen = suitable.stream()
                .filter(room -> venues.room(room).space().id().equals(plenarySpace))
                .toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("the opening plenary does not fit in space " + plenarySpace);
        }
        return chosen;
    }

    private static String name(SummitOptions options) {
        return String.format(
                Locale.ROOT,
                "Summit week: %d delegations, %d venues, %d days (seed %d)",
                options.delegations(),
                Math.max(options.venues(), options.givenVenues().size()),
                options.days(),
                options.seed());
    }
}
