package org.protocolplanner.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.planning.model.CustomaryHours;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.EngagementBrief;
import org.protocolplanner.planning.model.EngagementDifficulty;
import org.protocolplanner.planning.model.Precedence;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.ProtocolWeights;
import org.protocolplanner.planning.model.PublishedPlace;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.Layout;

/**
 * Construction that weighs quality: each engagement still out (the multilateral ones first, then the
 * rest most difficult first, {@link EngagementDifficulty}) goes to the best of a small set of places
 * chosen for it, not to the first place that breaks no rule. Never "unscheduled": the repair phase takes
 * out what still breaks a hard rule.
 *
 * <p>The set is built in two steps, because an engagement's score splits mostly into what the time brings
 * (its delegations' other engagements, customary hours) and what the space brings (seats, prestige,
 * travel from the hotels, preferred spaces):
 * <ol>
 * <li>the times: up to {@value #START_SWEEP} candidate starts within its customary hours, evenly spread,
 * each at the space that looks best before any score is taken (the plan's weights applied to what the
 * space alone decides, {@link #spaceCost}) among those open then; the {@value #BEST_STARTS} best
 * starts go on;</li>
 * <li>the spaces: at each of those starts, the {@value #LIKELY_SPACES} spaces that look best and
 * {@value #NEAR_SPACES} near the venues where its delegations are that day ({@link PlaceNeighbourhood}).</li>
 * </ol>
 * Only starts are swept that leave room for what must come before or after it (event-order); in a re-plan, the published space and start are among those tried. When
 * every place of the set breaks a hard rule, {@value #WIDE_SWEEP} starts of its whole range are tried the
 * same way, then up to {@value #FALLBACK_SAMPLE} random candidate places, up to the first that breaks
 * none. About 60 score calculations per engagement: a random sample of 30 taken at its best was worse than
 * first-feasible, because random places are rarely good ones
 * (docs/decisions/0074-construction-weighs-quality.md).
 *
 * <p>When construction has taken {@code budget}, the rest is placed by the fallback alone, so a short
 * solve on a loaded machine still reaches local search.
 */
final class QualityConstruction implements CustomPhaseCommand<ProtocolSchedule> {

    static final int START_SWEEP = 24;
    static final int WIDE_SWEEP = 96;
    static final int BEST_STARTS = 2;
    static final int LIKELY_SPACES = 10;
    static final int NEAR_SPACES = 4;
    static final int FALLBACK_SAMPLE = 100;

    private static final Comparator<EngagementAssignment> MOST_DIFFICULT_FIRST = Comparator.comparing(
                    (EngagementAssignment assignment) -> !MultilateralEngagements.isMultilateral(assignment))
            .thenComparing(new EngagementDifficulty().reversed());

    private final Duration budget;

    QualityConstruction(Duration budget) {
        this.budget = budget;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProtocolSchedule> scoreDirector) {
        InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director = HardRuleRepair.scoring(scoreDirector);
        ProtocolSchedule schedule = director.getWorkingSolution();
        long deadline = System.nanoTime() + budget.toNanos();
        Placer placer = new Placer(director, schedule, new Random(0));
        schedule.getAssignments().stream()
                .filter(QualityConstruction::isToPlace)
                .sorted(MOST_DIFFICULT_FIRST)
                .toList()
                .forEach(assignment -> placer.place(assignment, System.nanoTime() < deadline));
    }

    private static boolean isToPlace(EngagementAssignment assignment) {
        return !assignment.isFixed() && !assignment.isScheduled() && PlaceableEngagements.isPlaceable(assignment);
    }

    /**
     * What the space alone adds to the soft score, with the plan's weights: prestige short of what the
     * attendees deserve, the share of seats empty beyond the margin, a space not preferred, and the drive from each
     * delegation's hotel and back (the day's other stops are not known yet).
     */
    static long spaceCost(EngagementBrief engagement, SpaceBrief space, ProtocolWeights weights) {
        long cost = weights.weight(ConstraintId.RANK_PRESTIGE)
                        * Math.max(
                                0, engagement.deservedPrestige() - space.venue().prestige())
                + weights.weight(ConstraintId.CAPACITY_FIT) * engagement.needs().emptySeatPercentAboveMargin(space);
        if (!engagement.preferredSpaces().isEmpty()
                && !engagement.preferredSpaces().contains(space)) {
            cost += weights.weight(ConstraintId.PREFERRED_SPACE);
        }
        long travel = 0;
        for (DelegationBrief delegation : engagement.delegations()) {
            if (delegation.hotel() != null) {
                travel += 2L * delegation.hotel().travelMinutesTo(space.venue());
            }
        }
        return cost + weights.weight(ConstraintId.TRAVEL_BURDEN) * travel;
    }

    /** Places engagements one by one on one score director. */
    private static final class Placer {

        private final InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director;
        private final ProtocolSchedule schedule;
        private final Random random;
        private final PlaceNeighbourhood neighbourhood;
        private final Map<EngagementBrief, EngagementAssignment> assignmentOf = new IdentityHashMap<>();
        private final Map<EngagementBrief, List<EngagementBrief>> laterOf = new IdentityHashMap<>();
        private final Map<EngagementBrief, List<EngagementBrief>> earlierOf = new IdentityHashMap<>();
        private SpaceBrief bestSpace;
        private Integer bestStart;
        private HardMediumSoftLongScore bestScore;

        Placer(
                InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director,
                ProtocolSchedule schedule,
                Random random) {
            this.director = director;
            this.schedule = schedule;
            this.random = random;
            this.neighbourhood = PlaceNeighbourhood.of(schedule, null);
            schedule.getAssignments().forEach(assignment -> assignmentOf.put(assignment.getEngagement(), assignment));
            for (Precedence precedence : schedule.getPrecedences()) {
                laterOf.computeIfAbsent(precedence.earlier(), e -> new ArrayList<>())
                        .add(precedence.later());
                earlierOf
                        .computeIfAbsent(precedence.later(), e -> new ArrayList<>())
                        .add(precedence.earlier());
            }
        }

        void place(EngagementAssignment assignment, boolean weighQuality) {
            long hardOut = director.calculateScore().hardScore();
            bestScore = null;
            if (weighQuality) {
                EngagementBrief engagement = assignment.getEngagement();
                List<SpaceBrief> likely = likelySpaces(assignment);
                List<Integer> usual =
                        new ArrayList<>(spread(leavingRoomForOrder(engagement, usualStarts(assignment)), START_SWEEP));
                usual.addAll(nearPublishedStart(assignment));
                weigh(assignment, likely, usual);
                if (bestScore == null || bestScore.hardScore() < hardOut) {
                    weigh(
                            assignment,
                            likely,
                            spread(leavingRoomForOrder(engagement, allStarts(assignment)), WIDE_SWEEP));
                }
            }
            if (bestScore == null || bestScore.hardScore() < hardOut) {
                sampleAtRandom(assignment, hardOut);
            }
            HardRuleRepair.place(director, assignment, bestSpace, bestStart);
        }

        /**
         * The starts, each at the likeliest space open then; at the {@value #BEST_STARTS} best of them, the
         * {@value #LIKELY_SPACES} likeliest spaces and {@value #NEAR_SPACES} near where its delegations are.
         */
        private void weigh(EngagementAssignment assignment, List<SpaceBrief> likely, List<Integer> starts) {
            int duration = assignment.getEngagement().durationMinutes();
            for (int start : bestStarts(assignment, likely, starts)) {
                Set<SpaceBrief> spaces = new LinkedHashSet<>(likely.subList(0, Math.min(LIKELY_SPACES, likely.size())));
                HardRuleRepair.place(director, assignment, likely.get(0), start);
                for (int i = 0; i < NEAR_SPACES; i++) {
                    SpaceBrief near = neighbourhood.nearSpace(assignment, schedule.getAssignments(), random);
                    if (near != null) {
                        spaces.add(near);
                    }
                }
                for (SpaceBrief space : spaces) {
                    if (space.unavailableMinutes(start, start + duration) == 0) {
                        tryPlace(assignment, space, start);
                    }
                }
            }
        }

        /**
         * Candidate spaces by {@link #spaceCost}, cheapest first; of equal cost, the one with fewer empty
         * seats (capacity-fit does not count those within the margin, the empty-seat share does).
         */
        private List<SpaceBrief> likelySpaces(EngagementAssignment assignment) {
            EngagementBrief engagement = assignment.getEngagement();
            ProtocolWeights weights = schedule.getWeights();
            Layout layout = engagement.needs().layout();
            List<SpaceBrief> spaces = new ArrayList<>();
            assignment.getCandidateSpaces().createOriginalIterator().forEachRemaining(spaces::add);
            spaces.sort(Comparator.comparingLong((SpaceBrief space) -> spaceCost(engagement, space, weights))
                    .thenComparingInt(space -> space.capacity(layout))
                    .thenComparingInt(SpaceBrief::index));
            PublishedPlace published = engagement.published();
            if (published != null && spaces.remove(published.space())) {
                // A re-plan: plan-stability prefers the published space.
                spaces.add(0, published.space());
            }
            return spaces;
        }

        /** The {@value #BEST_STARTS} best of the starts, each scored at the likeliest space open then. */
        private List<Integer> bestStarts(
                EngagementAssignment assignment, List<SpaceBrief> likely, List<Integer> swept) {
            int duration = assignment.getEngagement().durationMinutes();
            List<HardMediumSoftLongScore> scores = new ArrayList<>();
            List<Integer> scored = new ArrayList<>();
            for (int start : swept) {
                SpaceBrief open = likely.stream()
                        .limit(LIKELY_SPACES * 4L)
                        .filter(space -> space.unavailableMinutes(start, start + duration) == 0)
                        .findFirst()
                        .orElse(null);
                if (open != null) {
                    scored.add(start);
                    scores.add(tryPlace(assignment, open, start));
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(scores::get, Comparator.reverseOrder()));
            return order.stream().limit(BEST_STARTS).map(scored::get).toList();
        }

        /** The candidate starts that keep the engagement's customary hours; all of them when none does. */
        private static List<Integer> usualStarts(EngagementAssignment assignment) {
            EngagementBrief engagement = assignment.getEngagement();
            int duration = engagement.durationMinutes();
            List<Integer> all = allStarts(assignment);
            List<Integer> customary = all.stream()
                    .filter(start -> CustomaryHours.keeps(engagement.type(), start, start + duration))
                    .toList();
            return customary.isEmpty() ? all : customary;
        }

        private static List<Integer> allStarts(EngagementAssignment assignment) {
            List<Integer> all = new ArrayList<>();
            assignment.getCandidateStarts().createOriginalIterator().forEachRemaining(all::add);
            return all;
        }

        /** In a re-plan, the published start and those near it: plan-stability prefers them. */
        private List<Integer> nearPublishedStart(EngagementAssignment assignment) {
            PublishedPlace published = assignment.getEngagement().published();
            List<Integer> near = new ArrayList<>();
            if (published != null) {
                for (int grains = -2; grains <= 2; grains++) {
                    int start =
                            published.start() + grains * schedule.getHorizon().grainMinutes();
                    if (assignment.getCandidateStarts().contains(start)) {
                        near.add(start);
                    }
                }
            }
            return near;
        }

        /**
         * The starts that leave the engagements it must precede or follow (event-order) and that are not
         * placed yet the later or the earlier half of their usual starts; else at least one of them; else all.
         * Placed at its best alone, a plenary late in the week left its banquet no time, and talks placed
         * first took the only morning after their delegation's arrival that the welcome ceremony could have.
         */
        private List<Integer> leavingRoomForOrder(EngagementBrief engagement, List<Integer> starts) {
            int endByMiddle = Integer.MAX_VALUE;
            int endByLast = Integer.MAX_VALUE;
            int startFromMiddle = Integer.MIN_VALUE;
            int startFromFirst = Integer.MIN_VALUE;
            for (EngagementBrief later : laterOf.getOrDefault(engagement, List.of())) {
                EngagementAssignment next = assignmentOf.get(later);
                if (isToPlace(next)) {
                    List<Integer> nextStarts = usualStarts(next);
                    endByMiddle = Math.min(endByMiddle, nextStarts.get(nextStarts.size() / 2));
                    endByLast = Math.min(endByLast, nextStarts.get(nextStarts.size() - 1));
                }
            }
            for (EngagementBrief earlier : earlierOf.getOrDefault(engagement, List.of())) {
                EngagementAssignment before = assignmentOf.get(earlier);
                if (isToPlace(before)) {
                    List<Integer> beforeStarts = usualStarts(before);
                    startFromMiddle = Math.max(
                            startFromMiddle, beforeStarts.get(beforeStarts.size() / 2) + earlier.durationMinutes());
                    startFromFirst = Math.max(startFromFirst, beforeStarts.get(0) + earlier.durationMinutes());
                }
            }
            List<Integer> leaving = within(engagement, starts, startFromMiddle, endByMiddle);
            if (leaving.isEmpty()) {
                leaving = within(engagement, starts, startFromFirst, endByLast);
            }
            return leaving.isEmpty() ? starts : leaving;
        }

        private static List<Integer> within(EngagementBrief engagement, List<Integer> starts, int from, int endBy) {
            return starts.stream()
                    .filter(start -> start >= from && start + engagement.durationMinutes() <= endBy)
                    .toList();
        }

        /** Up to {@code most} of the starts, evenly spaced from a random offset. */
        private List<Integer> spread(List<Integer> starts, int most) {
            if (starts.size() <= most) {
                return starts;
            }
            double step = (double) starts.size() / most;
            double offset = random.nextDouble() * step;
            List<Integer> spread = new ArrayList<>(most);
            for (int i = 0; i < most; i++) {
                spread.add(starts.get((int) (offset + i * step)));
            }
            return spread;
        }

        /** Random candidate places up to the first that breaks no hard rule, keeping the best. */
        private void sampleAtRandom(EngagementAssignment assignment, long hardOut) {
            long spaces = assignment.getCandidateSpaces().getSize();
            long starts = assignment.getCandidateStarts().getSize();
            for (int i = 0; i < FALLBACK_SAMPLE; i++) {
                HardMediumSoftLongScore score = tryPlace(
                        assignment,
                        assignment.getCandidateSpaces().get(random.nextInt((int) spaces)),
                        assignment.getCandidateStarts().get(random.nextInt((int) starts)));
                if (score.hardScore() >= hardOut) {
                    return;
                }
            }
        }

        private HardMediumSoftLongScore tryPlace(EngagementAssignment assignment, SpaceBrief space, int start) {
            HardRuleRepair.place(director, assignment, space, start);
            HardMediumSoftLongScore score = director.calculateScore();
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                bestScore = score;
                bestSpace = space;
                bestStart = start;
            }
            return score;
        }
    }
}
