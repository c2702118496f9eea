package org.protocolplanner.planning;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.protocolplanner.planning.model.DelegationBrief;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.planning.model.PublishedPlace;
import org.protocolplanner.planning.model.Separation;
import org.protocolplanner.planning.model.SpaceBrief;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * A re-plan moves only what must move. When engagements of the plan have a published place, the solve
 * starts by holding every engagement that is still at its published place and takes part in no broken
 * hard rule: the solver treats it as pinned for the whole solve ({@link EngagementAssignment#isHeld}).
 * Free are the engagements in broken hard matches (from the score's indictments), those the change
 * took out or put elsewhere, and every engagement that was never published.
 *
 * <ol>
 * <li>{@link Hold}, before construction: holds as above, then takes out the free engagements whose
 * removal mends a hard rule, those away from their published place first, then the least important
 * ({@link HardRuleRepair}), so that construction places them again among the held ones; an engagement
 * at its published place that no longer breaks a rule once they are out is held again.</li>
 * <li>{@link Widen}, after construction: where construction left a published engagement out, or put a
 * free one where it still breaks a hard rule, its direct neighbours are released too: the engagements
 * that share a delegation or a space (or its floor) with it, or whose delegations are kept apart from its own. Local
 * search then has room to make, and the repair after construction takes out what still breaks a rule.</li>
 * </ol>
 *
 * <p>Local search then optimises with the held engagements still fixed: published engagements that did
 * not have to move stay, whatever soft gain moving them would bring. Without the hold, a re-plan of a
 * generated week moved dozens of published engagements for soft points (decision record 0004 in
 * docs/decisions has the figures). A plan whose {@code plan-stability} weight is 0 asks for no stability,
 * and nothing is held.
 */
final class ReplanScope {

    private ReplanScope() {}

    /** Holds what need not move and takes out the free engagements that break a hard rule. */
    static final class Hold implements CustomPhaseCommand<ProtocolSchedule> {

        @Override
        public void changeWorkingSolution(ScoreDirector<ProtocolSchedule> scoreDirector) {
            ProtocolSchedule schedule = scoreDirector.getWorkingSolution();
            if (!isReplan(schedule)) {
                return;
            }
            hold(schedule, brokenHard(HardRuleRepair.scoring(scoreDirector)));
            new HardRuleRepair().changeWorkingSolution(scoreDirector);
            // What the repair took out may have been all that broke a rule with an engagement still at its
            // published place: that one need not move any more.
            hold(schedule, brokenHard(HardRuleRepair.scoring(scoreDirector)));
        }

        private static void hold(ProtocolSchedule schedule, Set<EngagementAssignment> broken) {
            for (EngagementAssignment assignment : schedule.getAssignments()) {
                assignment.setHeld(
                        !assignment.isPinned() && atPublishedPlace(assignment) && !broken.contains(assignment));
            }
        }
    }

    /** Releases the direct neighbours of the engagements construction could not place well among the held. */
    static final class Widen implements CustomPhaseCommand<ProtocolSchedule> {

        @Override
        public void changeWorkingSolution(ScoreDirector<ProtocolSchedule> scoreDirector) {
            ProtocolSchedule schedule = scoreDirector.getWorkingSolution();
            if (!isReplan(schedule)) {
                return;
            }
            Set<EngagementAssignment> trouble = new HashSet<>();
            for (EngagementAssignment assignment : brokenHard(HardRuleRepair.scoring(scoreDirector))) {
                if (!assignment.isFixed()) {
                    trouble.add(assignment);
                }
            }
            for (EngagementAssignment assignment : schedule.getAssignments()) {
                if (!assignment.isFixed()
                        && !assignment.isScheduled()
                        && assignment.getEngagement().published() != null) {
                    trouble.add(assignment);
                }
            }
            for (EngagementAssignment neighbour : neighbours(trouble, schedule)) {
                neighbour.setHeld(false);
            }
        }
    }

    /** Whether the schedule is a re-plan: some engagement has a published place, and stability weighs. */
    static boolean isReplan(ProtocolSchedule schedule) {
        return schedule.getWeights().weight(ConstraintId.PLAN_STABILITY) > 0
                && schedule.getAssignments().stream()
                        .anyMatch(assignment -> assignment.getEngagement().published() != null);
    }

    static boolean atPublishedPlace(EngagementAssignment assignment) {
        PublishedPlace published = assignment.getEngagement().published();
        return published != null
                && assignment.isScheduled()
                && assignment.getSpace() == published.space()
                && assignment.getStart() == published.start();
    }

    /**
     * The engagements indicted by a broken hard rule, read from a second score director with constraint
     * matches on (the solver's own keeps none, for speed); the working solution is only read.
     */
    static Set<EngagementAssignment> brokenHard(
            InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> director) {
        Set<EngagementAssignment> broken = new HashSet<>();
        try (InnerScoreDirector<ProtocolSchedule, HardMediumSoftLongScore> explaining =
                director.getScoreDirectorFactory().buildScoreDirector(false, true)) {
            explaining.setWorkingSolution(director.getWorkingSolution());
            explaining.calculateScore();
            for (Indictment<HardMediumSoftLongScore> indictment :
                    explaining.getIndictmentMap().values()) {
                if (indictment.getIndictedObject() instanceof EngagementAssignment assignment
                        && indictment.getScore().hardScore() < 0) {
                    broken.add(assignment);
                }
            }
        }
        // The explaining director set its score on the working solution; the solver's own is the same.
        director.calculateScore();
        return broken;
    }

    /**
     * The held engagements next to {@code trouble}: sharing a delegation with one of them, a space (where
     * it is or was published) or a space that shares floor with it, or attended by a delegation kept
     * apart from one of its delegations.
     */
    static List<EngagementAssignment> neighbours(Collection<EngagementAssignment> trouble, ProtocolSchedule schedule) {
        Set<DelegationBrief> delegations = new HashSet<>();
        Set<Object> spaces = new HashSet<>();
        for (EngagementAssignment assignment : trouble) {
            delegations.addAll(assignment.getEngagement().delegations());
            if (assignment.getSpace() != null) {
                addFloor(spaces, assignment.getSpace());
            }
            PublishedPlace published = assignment.getEngagement().published();
            if (published != null) {
                addFloor(spaces, published.space());
            }
        }
        Set<DelegationBrief> keptApart = new HashSet<>();
        for (Separation separation : schedule.getSeparations()) {
            if (delegations.contains(separation.one())) {
                keptApart.add(separation.other());
            }
            if (delegations.contains(separation.other())) {
                keptApart.add(separation.one());
            }
        }
        return schedule.getAssignments().stream()
                .filter(EngagementAssignment::isHeld)
                .filter(assignment -> spaces.contains(assignment.getSpace())
                        || assignment.getEngagement().delegations().stream()
                                .anyMatch(d -> delegations.contains(d) || keptApart.contains(d)))
                .toList();
    }

    /** A divisible hall and its parts take one another's floor: an engagement held in one blocks the other. */
    private static void addFloor(Set<Object> spaces, SpaceBrief space) {
        spaces.add(space);
        spaces.addAll(space.sharingFloor());
    }
}
