package org.protocolplanner.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.Layout;

/**
 * What a protocol officer does by hand, as the yardstick the solver must beat: the engagements by
 * priority (highest first, document order among equals), each at the earliest start, and at that start
 * in the smallest space that fits, where "fits" means placing it there breaks no hard rule against what
 * is already placed. Deterministic: no random choice, no time limit. Pinned engagements stay where they
 * are; every other engagement is placed anew.
 *
 * <p>Only the engagement's candidate places are tried (the spaces that seat it in its layout with its
 * features and grade, the starts at which they are open and clear: {@link CandidateFinder}), and at each
 * start at most {@link #SPACES_PER_START} spaces, smallest first: when that many are taken the start is
 * crowded, and trying all of a thousand spaces at every start of a week cost minutes on the
 * 120-delegation summit. An engagement that fits nowhere stays unscheduled.
 */
public final class FirstFitBaseline {

    static final int SPACES_PER_START = 30;

    private final ScheduleScorer scorer = new ScheduleScorer();

    /** Places the engagements of {@code schedule} in place, and answers it. */
    public ProtocolSchedule place(ProtocolSchedule schedule) {
        try (InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director = scorer.scoreDirector()) {
            director.setWorkingSolution(schedule);
            List<EngagementAssignment> movable = schedule.getAssignments().stream()
                    .filter(assignment -> !assignment.isPinned())
                    .toList();
            for (EngagementAssignment assignment : movable) {
                HardRuleRepair.place(director, assignment, null, null);
            }
            long hard = director.calculateScore().hardScore();
            for (EngagementAssignment assignment : byPriority(movable)) {
                placeFirstFit(director, assignment, hard);
            }
            director.calculateScore();
            return schedule;
        }
    }

    private static List<EngagementAssignment> byPriority(List<EngagementAssignment> assignments) {
        return assignments.stream()
                .sorted(Comparator.comparingInt(
                                (EngagementAssignment a) -> a.getEngagement().priority())
                        .reversed())
                .toList();
    }

    private static void placeFirstFit(
            InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director,
            EngagementAssignment assignment,
            long hard) {
        List<SpaceBrief> spaces = smallestFirst(assignment);
        if (spaces.isEmpty()) {
            return;
        }
        Iterator<Integer> starts = assignment.getCandidateStarts().createOriginalIterator();
        while (starts.hasNext()) {
            int start = starts.next();
            for (SpaceBrief space : spaces.subList(0, Math.min(SPACES_PER_START, spaces.size()))) {
                HardRuleRepair.place(director, assignment, space, start);
                if (director.calculateScore().hardScore() >= hard) {
                    return;
                }
            }
        }
        HardRuleRepair.place(director, assignment, null, null);
    }

    private static List<SpaceBrief> smallestFirst(EngagementAssignment assignment) {
        Layout layout = assignment.getEngagement().needs().layout();
        List<SpaceBrief> spaces = new ArrayList<>();
        assignment.getCandidateSpaces().createOriginalIterator().forEachRemaining(spaces::add);
        spaces.sort(Comparator.comparingInt((SpaceBrief space) -> space.capacity(layout))
                .thenComparing(SpaceBrief::id));
        return spaces;
    }
}
