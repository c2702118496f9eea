package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.plan.exchange.Placement;
import org.protocolplanner.plan.exchange.SolutionDocument.ScoreDoc;
import org.protocolplanner.planning.analysis.MatchExplainer;
import org.protocolplanner.planning.analysis.MatchExplanation;
import org.protocolplanner.planning.analysis.ScorePreview;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.Space;

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
    private final Map<String, Space> spaces = new HashMap<>();
    private final HardMediumSoftLongScore score;
    /** The saved plan's matches, by justification: a justification is a record of everything the match is about. */
    private final Map<Object, ConstraintMatch<HardMediumSoftLongScore>> matches;

    ScheduleDraft(InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director, ProtocolSchedule schedule) {
        this.schedule = schedule;
        this.director = director;
        this.explainer = new MatchExplainer(schedule);
        schedule.getAssignments().forEach(assignment -> assignments.put(assignment.getId(), assignment));
        schedule.getSpaces().forEach(space -> spaces.put(space.id(), space));
        director.setWorkingSolution(schedule);
        this.score = director.calculateScore();
        this.matches = currentMatches();
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
        EngagementAssignment assignment = assignments.get(eventId);
        if (assignment == null) {
            throw new IllegalArgumentException("unknown event " + eventId);
        }
        Space space = placement == null ? null : spaces.get(placement.spaceId());
        if (placement != null && space == null) {
            throw new IllegalArgumentException("unknown space " + placement.spaceId());
        }
        Integer start = placement == null ? null : schedule.getHorizon().minuteOf(placement.start());
        Space savedSpace = assignment.getSpace();
        Integer savedStart = assignment.getStart();
        place(assignment, space, start);
        try {
            HardMediumSoftLongScore changed = director.calculateScore();
            return diff(changed, currentMatches());
        } finally {
            place(assignment, savedSpace, savedStart);
            director.calculateScore();
        }
    }

    private void place(EngagementAssignment assignment, Space space, Integer start) {
        director.beforeVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        assignment.setSpace(space);
        director.afterVariableChanged(assignment, EngagementAssignment.SPACE_VARIABLE);
        director.beforeVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
        assignment.setStart(start);
        director.afterVariableChanged(assignment, EngagementAssignment.START_VARIABLE);
    }

    private Map<Object, ConstraintMatch<HardMediumSoftLongScore>> currentMatches() {
        Map<Object, ConstraintMatch<HardMediumSoftLongScore>> current = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : director.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                current.put(match.getJustification(), match);
            }
        }
        return current;
    }

    private ScorePreview diff(HardMediumSoftLongScore changed,
            Map<Object, ConstraintMatch<HardMediumSoftLongScore>> after) {
        List<MatchExplanation> added = new ArrayList<>();
        List<MatchExplanation> removed = new ArrayList<>();
        after.forEach((justification, match) -> {
            ConstraintMatch<HardMediumSoftLongScore> before = matches.get(justification);
            if (before == null || !before.getScore().equals(match.getScore())) {
                added.add(explainer.explain(match));
            }
        });
        Map<Object, ConstraintMatch<HardMediumSoftLongScore>> gone = new LinkedHashMap<>(matches);
        gone.keySet().removeAll(after.keySet());
        gone.values().forEach(match -> removed.add(explainer.explain(match)));
        matches.forEach((justification, match) -> {
            ConstraintMatch<HardMediumSoftLongScore> now = after.get(justification);
            if (now != null && !now.getScore().equals(match.getScore())) {
                removed.add(explainer.explain(match));
            }
        });
        added.sort(HEAVIEST_FIRST);
        removed.sort(HEAVIEST_FIRST);
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
