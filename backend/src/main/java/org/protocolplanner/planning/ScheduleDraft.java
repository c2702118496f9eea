package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.analysis.MatchExplainer;
import org.protocolplanner.planning.analysis.MatchExplanation;
import org.protocolplanner.planning.analysis.PlaceOption;
import org.protocolplanner.planning.analysis.PlaceOptions;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;

/**
 * A plan's schedule held in OptaPlanner's incremental score director, to try moving one engagement
 * by hand. Scoring a change there recalculates only the matches the moved engagement takes part in,
 * where explaining the whole plan again would recalculate them all; the change is then undone, so
 * the draft always holds the plan as saved. Methods are synchronized: a preview changes the
 * schedule while it runs.
 */
public final class ScheduleDraft implements AutoCloseable {

    private static final Comparator<MatchExplanation> HEAVIEST_FIRST =
            Comparator.comparingLong(MatchExplanation::score).thenComparing(MatchExplanation::sentence);

    private final ProtocolSchedule schedule;
    private final InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director;
    private final MatchExplainer explainer;
    private final Map<String, EngagementAssignment> assignments = new HashMap<>();
    private final Map<String, SpaceBrief> spaces = new HashMap<>();
    /** The score of the plan as saved. */
    private HardMediumSoftLongScore score;

    ScheduleDraft(InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director, ProtocolSchedule schedule) {
        this.schedule = schedule;
        this.director = director;
        this.explainer = new MatchExplainer(schedule);
        schedule.getAssignments().forEach(assignment -> assignments.put(assignment.getId(), assignment));
        schedule.getSpaces().forEach(space -> spaces.put(space.id(), space));
        director.setWorkingSolution(schedule);
        this.score = director.calculateScore();
    }

    public boolean hasEngagement(String eventId) {
        return assignments.containsKey(eventId);
    }

    public boolean hasSpace(String spaceId) {
        return spaces.containsKey(spaceId);
    }

    public synchronized ScoreDoc score() {
        return scoreDoc(score);
    }

    /**
     * The score with engagement {@code eventId} at {@code placement} (unscheduled when null), and the
     * matches that change brings and takes away.
     *
     * @throws IllegalArgumentException when the engagement or the space is not in the plan
     */
    public synchronized ScorePreview preview(String eventId, Placement placement) {
        EngagementAssignment assignment = assignmentOf(eventId);
        SpaceBrief space = spaceOf(placement);
        Integer start = placement == null ? null : schedule.getHorizon().minuteOf(placement.start());
        SpaceBrief savedSpace = assignment.getSpace();
        Integer savedStart = assignment.getStart();
        Set<ConstraintMatch<HardMediumSoftLongScore>> before = currentMatches();
        place(assignment, space, start);
        try {
            HardMediumSoftLongScore changed = director.calculateScore();
            return diff(changed, before, currentMatches());
        } finally {
            place(assignment, savedSpace, savedStart);
            director.calculateScore();
        }
    }

    /**
     * Places every engagement where the plan now has it, as it was saved since this draft was built (by a
     * move by hand on any instance, or a solve), rescoring only the matches of the engagements that moved:
     * milliseconds where building a new draft takes seconds. {@code saved} is read under this draft's lock,
     * so that two callers cannot put older placements over newer ones. Answers the plan's new score.
     *
     * @param saved event id to space and start; an engagement it does not name is unscheduled
     * @return the score, or empty when a placement names an engagement or a space this draft does not have
     *     (the plan's problem changed since: build a new draft); the draft is then left as it was
     */
    public synchronized Optional<ScoreDoc> bringUpToDate(Supplier<Map<String, Placement>> saved) {
        Map<String, Placement> placements = saved.get();
        for (Map.Entry<String, Placement> placement : placements.entrySet()) {
            if (!assignments.containsKey(placement.getKey())
                    || !spaces.containsKey(placement.getValue().spaceId())) {
                return Optional.empty();
            }
        }
        for (EngagementAssignment assignment : schedule.getAssignments()) {
            Placement placement = placements.get(assignment.getId());
            SpaceBrief space = placement == null ? null : spaces.get(placement.spaceId());
            Integer start = placement == null ? null : schedule.getHorizon().minuteOf(placement.start());
            if (assignment.getSpace() != space || !Objects.equals(assignment.getStart(), start)) {
                place(assignment, space, start);
            }
        }
        score = director.calculateScore();
        return Optional.of(scoreDoc(score));
    }

    /**
     * The {@code limit} best places for engagement {@code eventId}, ranked as {@link PlaceRanking} says,
     * each with the matches moving the engagement there adds and removes. Every place is scored from
     * the one before, and the engagement is put back once, at the end.
     *
     * @throws IllegalArgumentException when the engagement is not in the plan
     */
    public synchronized PlaceOptions places(String eventId, int limit) {
        EngagementAssignment assignment = assignmentOf(eventId);
        SpaceBrief savedSpace = assignment.getSpace();
        Integer savedStart = assignment.getStart();
        Set<ConstraintMatch<HardMediumSoftLongScore>> before = currentMatches();
        try {
            List<PlaceRanking.Ranked> ranked = new PlaceRanking(
                            schedule.getHorizon(), assignment, schedule.getSpaces(), (space, start) -> {
                                place(assignment, space, start);
                                return director.calculateScore();
                            })
                    .top(limit);
            List<PlaceOption> places = new ArrayList<>();
            for (PlaceRanking.Ranked option : ranked) {
                place(assignment, option.space(), option.start());
                HardMediumSoftLongScore changed = director.calculateScore();
                ScorePreview preview = diff(changed, before, currentMatches());
                places.add(new PlaceOption(
                        option.space().id(),
                        option.space().name(),
                        option.space().venue().id(),
                        option.space().venue().name(),
                        schedule.getHorizon().timeOf(option.start()),
                        scoreDoc(changed),
                        scoreDoc(changed.subtract(score)),
                        option.breaksHardRules(),
                        preview.added(),
                        preview.removed()));
            }
            return new PlaceOptions(eventId, scoreDoc(score), places);
        } finally {
            place(assignment, savedSpace, savedStart);
            director.calculateScore();
        }
    }

    private EngagementAssignment assignmentOf(String eventId) {
        EngagementAssignment assignment = assignments.get(eventId);
        if (assignment == null) {
            throw new IllegalArgumentException("unknown event " + eventId);
        }
        return assignment;
    }

    /** The placement's space; null for no placement (unscheduled). */
    private SpaceBrief spaceOf(Placement placement) {
        SpaceBrief space = placement == null ? null : spaces.get(placement.spaceId());
        if (placement != null && space == null) {
            throw new IllegalArgumentException("unknown space " + placement.spaceId());
        }
        return space;
    }

    private void place(EngagementAssignment assignment, SpaceBrief space, Integer start) {
        director.beforeVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        assignment.setSpace(space);
        director.afterVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        director.beforeVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
        assignment.setStart(start);
        director.afterVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
    }

    /**
     * The schedule's matches, each match object once. The score director keeps the object of every
     * match a change leaves alone, so comparing objects rather than justifications finds the few
     * matches a move touches without hashing the tens of thousands of a large plan (that hashing
     * took most of a preview on 120 delegations).
     */
    private Set<ConstraintMatch<HardMediumSoftLongScore>> currentMatches() {
        Set<ConstraintMatch<HardMediumSoftLongScore>> current = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
                director.getConstraintMatchTotalMap().values()) {
            current.addAll(total.getConstraintMatchSet());
        }
        return current;
    }

    /** A match as people see it: its rule, what it is about and its penalty. */
    private record MatchKey(String constraintId, Object justification, HardMediumSoftLongScore score) {

        static MatchKey of(ConstraintMatch<HardMediumSoftLongScore> match) {
            return new MatchKey(match.getConstraintId(), match.getJustification(), match.getScore());
        }
    }

    /**
     * Matches only in {@code after} are added, matches only in {@code before} removed; a match whose
     * penalty changes is removed with its old figures and added with its new ones. The engine
     * recreates some matches unchanged (the moved engagement's own, for one): those are no change.
     */
    private ScorePreview diff(
            HardMediumSoftLongScore changed,
            Set<ConstraintMatch<HardMediumSoftLongScore>> before,
            Set<ConstraintMatch<HardMediumSoftLongScore>> after) {
        List<ConstraintMatch<HardMediumSoftLongScore>> gone =
                before.stream().filter(m -> !after.contains(m)).toList();
        List<ConstraintMatch<HardMediumSoftLongScore>> come =
                after.stream().filter(m -> !before.contains(m)).toList();
        Set<MatchKey> goneKeys = gone.stream().map(MatchKey::of).collect(Collectors.toSet());
        Set<MatchKey> comeKeys = come.stream().map(MatchKey::of).collect(Collectors.toSet());
        List<MatchExplanation> added = come.stream()
                .filter(m -> !goneKeys.contains(MatchKey.of(m)))
                .map(explainer::explain)
                .sorted(HEAVIEST_FIRST)
                .toList();
        List<MatchExplanation> removed = gone.stream()
                .filter(m -> !comeKeys.contains(MatchKey.of(m)))
                .map(explainer::explain)
                .sorted(HEAVIEST_FIRST)
                .toList();
        return new ScorePreview(scoreDoc(score), scoreDoc(changed), changed.hardScore() == 0, added, removed);
    }

    private static ScoreDoc scoreDoc(HardMediumSoftLongScore score) {
        return new ScoreDoc(score.hardScore(), score.mediumScore(), score.softScore());
    }

    @Override
    public synchronized void close() {
        director.close();
    }
}
