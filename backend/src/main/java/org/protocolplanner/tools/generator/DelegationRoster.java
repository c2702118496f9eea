package org.protocolplanner.tools.generator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.protocolplanner.exchange.DelegationDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.HeadRank;

/**
 * The delegations of a summit week (distributions in {@link SummitGenerator}). Every delegation
 * is in the city from noon to 22:00 of the summit's opening day (the second day, or the only one),
 * so that the all-delegation plenary and banquet can be placed.
 */
final class DelegationRoster {

    private static final HeadRank[] RANKS = HeadRank.values();
    /** In {@link HeadRank} order: heads of state, of government, deputies, ministers, senior officials, IO heads. */
    private static final double[] RANK_WEIGHTS = {0.35, 0.20, 0.10, 0.15, 0.10, 0.10};

    private static final int[][] SIZE_RANGES = {{30, 80}, {25, 70}, {15, 40}, {8, 25}, {4, 12}, {6, 20}};
    private static final double LATE_ARRIVAL_CHANCE = 0.35;
    private static final double EARLY_DEPARTURE_CHANCE = 0.40;
    private static final int DELEGATIONS_PER_SEPARATION = 20;

    private final List<DelegationDoc> delegations;
    private final boolean[][] separated;

    private DelegationRoster(List<DelegationDoc> delegations, boolean[][] separated) {
        this.delegations = delegations;
        this.separated = separated;
    }

    static DelegationRoster draw(SummitOptions options, List<VenueDoc> venues, SplittableRandom random) {
        int count = options.delegations();
        List<String> countries = Draw.shuffled(random, Participants.COUNTRIES);
        List<String> organisations = Draw.shuffled(random, Participants.ORGANISATIONS);
        int nextCountry = 0;
        int nextOrganisation = 0;
        List<DelegationDoc> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HeadRank rank = RANKS[Draw.weightedIndex(random, RANK_WEIGHTS)];
            String country = null;
            String name;
            if (rank == HeadRank.INTERNATIONAL_ORGANIZATION_HEAD) {
                name = nextOrganisation < organisations.size()
                        ? organisations.get(nextOrganisation++)
                        : "International organisation " + (i + 1);
            } else if (nextCountry < countries.size()) {
                String entry = countries.get(nextCountry++);
                country = entry.substring(0, 2);
                name = entry.substring(3);
            } else {
                name = "Delegation " + (i + 1);
            }
            int[] sizes = SIZE_RANGES[rank.ordinal()];
            LocalDateTime arrival = arrival(options, random);
            LocalDateTime departure = departure(options, random);
            drafts.add(new DelegationDoc(
                    String.format(Locale.ROOT, "del-%03d", i + 1),
                    country,
                    name,
                    rank,
                    Draw.between(random, sizes[0], sizes[1]),
                    arrival,
                    departure,
                    hotel(rank, venues, random).id(),
                    List.of()));
        }
        boolean[][] separated = drawSeparations(count, random);
        List<DelegationDoc> delegations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            delegations.add(withSeparations(drafts.get(i), i, drafts, separated));
        }
        return new DelegationRoster(List.copyOf(delegations), separated);
    }

    List<DelegationDoc> delegations() {
        return delegations;
    }

    DelegationDoc get(int index) {
        return delegations.get(index);
    }

    int size() {
        return delegations.size();
    }

    boolean separated(int a, int b) {
        return separated[a][b];
    }

    /** The day (from 0) of the opening plenary: the second day, or the first of a one-day summit. */
    private static int openingDay(int days) {
        return days >= 2 ? 1 : 0;
    }

    /**
     * On the first day 08:00-20:00, or (35 %, and always in a one-day summit) on the opening day
     * 06:00-12:00, in quarter hours.
     */
    private static LocalDateTime arrival(SummitOptions options, SplittableRandom random) {
        int openingDay = openingDay(options.days());
        LocalDateTime day;
        int fromMinute;
        int toMinute;
        if (openingDay == 0 || Draw.chance(random, LATE_ARRIVAL_CHANCE)) {
            day = options.horizonStart().plusDays(openingDay);
            fromMinute = 6 * 60;
            toMinute = 12 * 60;
        } else {
            day = options.horizonStart();
            fromMinute = 8 * 60;
            toMinute = 20 * 60;
        }
        return day.plusMinutes(Draw.steppedBetween(random, fromMinute, toMinute, 15));
    }

    /**
     * On the last day 10:00-22:00, or (40 %, when that day is after the opening day) on the day
     * before 14:00-22:00; when the last day is the opening day, 22:00-23:45 so that the banquet
     * can end first.
     */
    private static LocalDateTime departure(SummitOptions options, SplittableRandom random) {
        int lastDay = options.days() - 1;
        int openingDay = openingDay(options.days());
        int day;
        int fromMinute;
        int toMinute;
        if (lastDay == openingDay) {
            day = lastDay;
            fromMinute = 22 * 60;
            toMinute = 23 * 60 + 45;
        } else if (lastDay - 1 > openingDay && Draw.chance(random, EARLY_DEPARTURE_CHANCE)) {
            day = lastDay - 1;
            fromMinute = 14 * 60;
            toMinute = 22 * 60;
        } else {
            day = lastDay;
            fromMinute = 10 * 60;
            toMinute = 22 * 60;
        }
        return options.horizonStart().plusDays(day).plusMinutes(Draw.steppedBetween(random, fromMinute, toMinute, 15));
    }

    /** A venue of at least the grade the head's rank needs, uniformly; any venue if none has it. */
    private static VenueDoc hotel(HeadRank rank, List<VenueDoc> venues, SplittableRandom random) {
        List<VenueDoc> fitting = venues.stream()
                .filter(v -> !v.securityGrade().isBelow(rank.requiredGrade()))
                .toList();
        return Draw.oneOf(random, fitting.isEmpty() ? venues : fitting);
    }

    /** One separated pair per 20 delegations (at least one when there are two), drawn uniformly. */
    private static boolean[][] drawSeparations(int count, SplittableRandom random) {
        boolean[][] separated = new boolean[count][count];
        int pairs = count < 2 ? 0 : Math.max(1, Math.round(count / (float) DELEGATIONS_PER_SEPARATION));
        int drawn = 0;
        while (drawn < pairs) {
            int a = random.nextInt(count);
            int b = random.nextInt(count);
            if (a != b && !separated[a][b]) {
                separated[a][b] = true;
                separated[b][a] = true;
                drawn++;
            }
        }
        return separated;
    }

    /** The lower-numbered delegation of a separated pair lists the other (the rule is symmetric). */
    private static DelegationDoc withSeparations(
            DelegationDoc draft, int index, List<DelegationDoc> all, boolean[][] separated) {
        List<String> separateFrom = new ArrayList<>();
        for (int other = index + 1; other < all.size(); other++) {
            if (separated[index][other]) {
                separateFrom.add(all.get(other).id());
            }
        }
        return new DelegationDoc(
                draft.id(),
                draft.country(),
                draft.name(),
                draft.headRank(),
                draft.size(),
                draft.arrival(),
                draft.departure(),
                draft.hotelVenueId(),
                List.copyOf(separateFrom));
    }
}
