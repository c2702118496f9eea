package org.protocolplanner.tools.generator;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.VenueDoc;

/**
 * What summit week to generate.
 *
 * @param delegations  how many delegations come (1-1,000)
 * @param venues       how many venues the plan may use in all: the given venues first, then
 *                     synthetic reception sites up to this number (none when the given venues
 *                     are this many or more)
 * @param days         length of the horizon in days (1-60)
 * @param seed         the same seed gives the same document
 * @param pairMeetings side meetings per delegation on average (each side meeting is between two
 *                     delegations, so about {@code delegations * pairMeetings / 2} of them)
 * @param horizonStart the first day's midnight
 * @param grainMinutes start times lie on this grid; a divisor of 60 from 5 to 60
 * @param givenVenues  venues used beside the synthetic ones, as they are (for example the real
 *                     catalogue venues with known capacities); their ids must not start with
 *                     {@code syn-}
 * @param plenarySpace null, or the space where the opening plenary is held and pinned, as an
 *                     organiser fixes the plenary hall long before the rest of the week
 */
public record SummitOptions(
        int delegations,
        int venues,
        int days,
        long seed,
        int pairMeetings,
        LocalDateTime horizonStart,
        int grainMinutes,
        List<VenueDoc> givenVenues,
        String plenarySpace) {

    public static final int DEFAULT_PAIR_MEETINGS = 2;
    public static final LocalDateTime DEFAULT_HORIZON_START = LocalDateTime.of(2026, 9, 7, 0, 0);

    public SummitOptions {
        requireBetween("delegations", delegations, 1, 1000);
        requireBetween("venues", venues, 0, 2000);
        requireBetween("days", days, 1, 60);
        requireBetween("pairMeetings", pairMeetings, 0, 50);
        requireBetween("grainMinutes", grainMinutes, 5, 60);
        if (60 % grainMinutes != 0) {
            throw new IllegalArgumentException("grainMinutes must divide 60: " + grainMinutes);
        }
        if (!horizonStart.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("horizonStart must be a midnight: " + horizonStart);
        }
        givenVenues = List.copyOf(givenVenues);
        requireBetween("given venues", givenVenues.size(), 0, 2000);
        // Synthetic ids are only reserved when this summit draws synthetic sites of its own; a catalogue's
        // synthetic sites (the demo's) may come back in as given venues.
        if (venues > givenVenues.size()
                && givenVenues.stream().anyMatch(v -> v.id().startsWith(SyntheticVenueGenerator.ID_PREFIX))) {
            throw new IllegalArgumentException(
                    "given venue ids must not start with " + SyntheticVenueGenerator.ID_PREFIX);
        }
        if (Math.max(venues, givenVenues.size()) == 0) {
            throw new IllegalArgumentException("a summit needs at least one venue");
        }
    }

    /** Defaults: 2 side meetings per delegation, from 2026-09-07, 15-minute grain, no given venues. */
    public static SummitOptions of(int delegations, int venues, int days, long seed) {
        return new SummitOptions(
                delegations,
                venues,
                days,
                seed,
                DEFAULT_PAIR_MEETINGS,
                DEFAULT_HORIZON_START,
                Horizon.DEFAULT_GRAIN_MINUTES,
                List.of(),
                null);
    }

    public SummitOptions withPairMeetings(int perDelegation) {
        return new SummitOptions(
                delegations, venues, days, seed, perDelegation, horizonStart, grainMinutes, givenVenues, plenarySpace);
    }

    public SummitOptions withHorizonStart(LocalDateTime start) {
        return new SummitOptions(
                delegations, venues, days, seed, pairMeetings, start, grainMinutes, givenVenues, plenarySpace);
    }

    public SummitOptions withGrainMinutes(int grain) {
        return new SummitOptions(
                delegations, venues, days, seed, pairMeetings, horizonStart, grain, givenVenues, plenarySpace);
    }

    public SummitOptions withGivenVenues(List<VenueDoc> given) {
        return new SummitOptions(
                delegations, venues, days, seed, pairMeetings, horizonStart, grainMinutes, given, plenarySpace);
    }

    /** The plenary held and pinned in {@code spaceId}, which must suit it. */
    public SummitOptions withPlenarySpace(String spaceId) {
        return new SummitOptions(
                delegations, venues, days, seed, pairMeetings, horizonStart, grainMinutes, givenVenues, spaceId);
    }

    /** How many synthetic reception sites complete the venues. */
    int syntheticVenueCount() {
        return Math.max(0, venues - givenVenues.size());
    }

    Horizon horizon() {
        return new Horizon(horizonStart, horizonStart.plusDays(days), grainMinutes);
    }

    private static void requireBetween(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
