package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.ScheduleHorizon;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * The best places for one engagement: (space, start) pairs ranked by the plan's score with the
 * engagement there, each scored incrementally by the caller's {@link Probe} (the draft's score
 * director: move the engagement, read the score).
 *
 * <p>The pairs tried come from the engagement's candidate ranges ({@link CandidateFinder}); when
 * no space or no start can fit it, from every space of the plan and every start on the grain in its
 * window, so that an engagement that breaks a hard rule wherever it goes still gets its least bad
 * places. When there are at most {@value #EXHAUSTIVE} pairs, every one is scored. Usually there are
 * far more: on the 120-delegation summit a bilateral may take some 700 spaces at some 200 starts,
 * and a pair costs 0.05 to 0.3 ms (more for an engagement with many delegations). The score mostly
 * splits into what the space brings (seats, prestige, features, preferred spaces) and what the time
 * brings (the delegations' other engagements, customary hours, travel), with the two meeting where
 * the space is busy; so the ranking samples in three steps:
 * <ol>
 * <li>the times: every candidate start, thinned to at most {@value #TIME_SWEEP} evenly spaced
 * ones, at a reference space (the current one, else the first candidate); the current start and
 * the {@value #ANCHOR_STARTS} best of these are the anchor starts;</li>
 * <li>the spaces: every candidate space at each anchor start, fewer anchors (and at last spaces
 * evenly thinned) so that this stays within {@value #SPACE_SWEEP} pairs;</li>
 * <li>the best starts per space: for the {@value #REFINED_SPACES} best spaces of step 2 (more when
 * the list is longer), every start thinned to at most {@value #STARTS_PER_SPACE} evenly spaced
 * ones, then every start on the grain around the best two of them.</li>
 * </ol>
 * Steps 1 and 3 find a good time for a good space, step 2 a good space at a good time; together
 * about 1,000 to 2,000 pairs however large the plan. Sampling stops after 250 ms
 * ({@link #SAMPLING_NANOS}) whatever is left: a loaded machine then lists the best of fewer pairs
 * rather than answering late. Every pair scored is kept and ranked: a place breaks a hard rule when
 * the plan's hard score with the engagement there is below the hard score with the engagement
 * unscheduled (so the plan's other breaks do not count against it). Such places are listed only
 * when no place keeps the rules; ties go to the current space, then to the start nearest the current
 * one, so the least disruptive of equal places comes first. At most {@value #LISTED_PER_SPACE}
 * places of one space are listed (the best of it): neighbouring starts in one room often score the
 * same, and ten of them would crowd out every other room. The current place itself is never listed.
 */
final class PlaceRanking {

    static final int EXHAUSTIVE = 1_200;
    static final int TIME_SWEEP = 96;
    static final int ANCHOR_STARTS = 4;
    static final int SPACE_SWEEP = 1_000;
    static final int REFINED_SPACES = 10;
    static final int STARTS_PER_SPACE = 48;
    /** Places listed per space: equal scores at neighbouring starts of one room are one choice, not ten. */
    static final int LISTED_PER_SPACE = 3;
    /** Sampling stops here whatever is left, so that a loaded machine still answers in time. */
    static final long SAMPLING_NANOS = 250_000_000L;

    /** Scores the plan with the engagement at {@code space} and {@code start} (both null: unscheduled). */
    @FunctionalInterface
    interface Probe {
        HardMediumSoftLongScore scoreAt(SpaceBrief space, Integer start);
    }

    /** A place tried and its score; {@code breaksHardRules} as the class comment defines it. */
    record Ranked(SpaceBrief space, int start, HardMediumSoftLongScore score, boolean breaksHardRules) {}

    private final Probe probe;
    private final List<SpaceBrief> spaces;
    private final int[] starts;
    private final SpaceBrief currentSpace;
    private final Integer currentStart;
    private final Map<SpaceBrief, Map<Integer, HardMediumSoftLongScore>> tried = new LinkedHashMap<>();
    private int tries;
    private long deadline;

    /**
     * @param allSpaces every space of the plan, for an engagement no candidate space fits
     */
    PlaceRanking(ScheduleHorizon horizon, EngagementAssignment assignment, List<SpaceBrief> allSpaces, Probe probe) {
        this.probe = probe;
        this.currentSpace = assignment.getSpace();
        this.currentStart = assignment.getStart();
        boolean fits = !assignment.getCandidateSpaces().isEmpty()
                && !assignment.getCandidateStarts().isEmpty();
        this.spaces = fits ? candidateSpaces(assignment) : List.copyOf(allSpaces);
        this.starts = fits ? candidateStarts(assignment) : startsInWindow(horizon, assignment.getEngagement());
    }

    /** How many places were scored by the last {@link #top}. */
    int tries() {
        return tries;
    }

    /** The {@code limit} best places, best first; fewer when fewer were found. */
    List<Ranked> top(int limit) {
        if (spaces.isEmpty() || starts.length == 0) {
            return List.of();
        }
        deadline = System.nanoTime() + SAMPLING_NANOS;
        long unscheduledHard = probe.scoreAt(null, null).hardScore();
        tries++;
        if ((long) spaces.size() * starts.length <= EXHAUSTIVE) {
            for (SpaceBrief space : spaces) {
                for (int start : starts) {
                    score(space, start);
                }
            }
        } else {
            sample(limit);
        }
        List<Ranked> ranked = new ArrayList<>();
        tried.forEach((space, byStart) -> byStart.forEach((start, score) -> {
            if (!(space == currentSpace && start.equals(currentStart))) {
                ranked.add(new Ranked(space, start, score, score.hardScore() < unscheduledHard));
            }
        }));
        boolean anyClean = ranked.stream().anyMatch(place -> !place.breaksHardRules());
        Map<SpaceBrief, Integer> listedBySpace = new HashMap<>();
        return ranked.stream()
                .filter(place -> !anyClean || !place.breaksHardRules())
                .sorted(best())
                .filter(place -> listedBySpace.merge(place.space(), 1, Integer::sum) <= LISTED_PER_SPACE)
                .limit(limit)
                .toList();
    }

    private void sample(int limit) {
        List<Integer> anchors = anchorStarts();
        int anchorCount = Math.max(1, Math.min(anchors.size(), SPACE_SWEEP / spaces.size()));
        List<SpaceBrief> swept = spaces.size() * anchorCount <= SPACE_SWEEP ? spaces : thinned(spaces, SPACE_SWEEP);
        for (int anchor : anchors.subList(0, anchorCount)) {
            for (SpaceBrief space : swept) {
                score(space, anchor);
            }
        }
        for (SpaceBrief space : bestSpaces(Math.max(limit, REFINED_SPACES))) {
            refineStarts(space);
        }
    }

    /** The current start (when it is a candidate) and the best starts at the reference space. */
    private List<Integer> anchorStarts() {
        SpaceBrief reference = currentSpace != null && spaces.contains(currentSpace) ? currentSpace : spaces.get(0);
        for (int start : thinned(starts, TIME_SWEEP)) {
            score(reference, start);
        }
        List<Integer> anchors = new ArrayList<>();
        if (currentStart != null && contains(starts, currentStart)) {
            anchors.add(currentStart);
        }
        tried.get(reference).entrySet().stream()
                .sorted(Map.Entry.<Integer, HardMediumSoftLongScore>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> distanceToCurrent(entry.getKey())))
                .map(Map.Entry::getKey)
                .filter(start -> !anchors.contains(start))
                .limit(ANCHOR_STARTS)
                .forEach(anchors::add);
        return anchors;
    }

    /** The {@code count} spaces with the best score tried so far. */
    private List<SpaceBrief> bestSpaces(int count) {
        Map<SpaceBrief, HardMediumSoftLongScore> bestBySpace = new HashMap<>();
        tried.forEach((space, byStart) -> byStart.values().stream()
                .max(Comparator.naturalOrder())
                .ifPresent(best -> bestBySpace.put(space, best)));
        return bestBySpace.entrySet().stream()
                .sorted(Map.Entry.<SpaceBrief, HardMediumSoftLongScore>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> entry.getKey() == currentSpace ? 0 : 1))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Starts at one space: evenly spaced ones, then every start near the best two of those. */
    private void refineStarts(SpaceBrief space) {
        int step = Math.max(1, (starts.length + STARTS_PER_SPACE - 1) / STARTS_PER_SPACE);
        for (int i = 0; i < starts.length; i += step) {
            score(space, starts[i]);
        }
        if (step == 1) {
            return;
        }
        List<Integer> best = tried.get(space).entrySet().stream()
                .sorted(Map.Entry.<Integer, HardMediumSoftLongScore>comparingByValue()
                        .reversed())
                .limit(2)
                .map(Map.Entry::getKey)
                .toList();
        for (int start : best) {
            int at = Arrays.binarySearch(starts, start);
            if (at < 0) {
                continue;
            }
            for (int i = Math.max(0, at - step + 1); i < Math.min(starts.length, at + step); i++) {
                score(space, starts[i]);
            }
        }
    }

    private void score(SpaceBrief space, int start) {
        Map<Integer, HardMediumSoftLongScore> byStart = tried.computeIfAbsent(space, s -> new HashMap<>());
        if (!byStart.containsKey(start) && (tries < 2 || System.nanoTime() < deadline)) {
            byStart.put(start, probe.scoreAt(space, start));
            tries++;
        }
    }

    /** Best score first; then the current space, the start nearest the current one, the earlier start. */
    private Comparator<Ranked> best() {
        return Comparator.comparing(Ranked::score, Comparator.reverseOrder())
                .thenComparing(place -> place.space() == currentSpace ? 0 : 1)
                .thenComparingInt(place -> distanceToCurrent(place.start()))
                .thenComparingInt(Ranked::start)
                .thenComparingInt(place -> place.space().index());
    }

    private int distanceToCurrent(int start) {
        return currentStart == null ? 0 : Math.abs(start - currentStart);
    }

    private static List<SpaceBrief> candidateSpaces(EngagementAssignment assignment) {
        List<SpaceBrief> spaces = new ArrayList<>();
        assignment.getCandidateSpaces().createOriginalIterator().forEachRemaining(spaces::add);
        return spaces;
    }

    private static int[] candidateStarts(EngagementAssignment assignment) {
        List<Integer> starts = new ArrayList<>();
        assignment.getCandidateStarts().createOriginalIterator().forEachRemaining(starts::add);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every start on the grain at which the engagement lies within its window and the horizon. */
    private static int[] startsInWindow(ScheduleHorizon horizon, EngagementBrief engagement) {
        int grain = horizon.grainMinutes();
        int first = horizon.startMinute();
        int earliest = Math.max(first, engagement.window().earliestStart());
        int latestEnd = Math.min(horizon.endMinute(), engagement.window().latestEnd());
        int from = first + Math.floorDiv(earliest - first + grain - 1, grain) * grain;
        int duration = horizon.roundUpToGrain(engagement.durationMinutes());
        if (from + duration > latestEnd) {
            // A window the engagement cannot keep: every start of the horizon, all breaking it.
            from = first;
            latestEnd = horizon.endMinute();
        }
        int to = latestEnd - duration;
        return to < from
                ? new int[0]
                : IntStream.iterate(from, start -> start <= to, start -> start + grain)
                        .toArray();
    }

    private static int[] thinned(int[] values, int most) {
        if (values.length <= most) {
            return values;
        }
        return IntStream.range(0, most)
                .map(i -> values[(int) ((long) i * values.length / most)])
                .toArray();
    }

    private static <T> List<T> thinned(List<T> values, int most) {
        return IntStream.range(0, most)
                .mapToObj(i -> values.get((int) ((long) i * values.size() / most)))
                .toList();
    }

    private static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
