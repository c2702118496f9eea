package org.protocolplanner.planning.analysis;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.protocolplanner.planning.constraints.ProtocolJustification;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * Explains constraint matches of one schedule: parameters and an English sentence from the match's
 * justification, with the names the plan gives its events, delegations, venues and spaces.
 */
public final class MatchExplainer {

    private final HardRuleWording hardRules;
    private final QualityWording quality;

    public MatchExplainer(ProtocolSchedule schedule) {
        ScheduleNames names = new ScheduleNames(schedule);
        this.hardRules = new HardRuleWording(names);
        this.quality = new QualityWording(names);
    }

    public MatchExplanation explain(ConstraintMatch<HardMediumSoftLongScore> match) {
        ProtocolJustification justification = match.getJustification();
        ConstraintId constraint = justification.constraint();
        WordedMatch wording = hardRules.word(justification);
        if (wording == null) {
            wording = quality.word(justification);
        }
        if (wording == null) {
            throw new IllegalStateException(
                    "no wording for " + justification.getClass().getSimpleName());
        }
        return new MatchExplanation(
                constraint.id(),
                levelScore(match.getScore(), constraint.level()),
                justification.eventIds(),
                wording.parameters(),
                wording.sentence());
    }

    /** The part of a score at one level: a hard rule's matches only move the hard score, and so on. */
    public static long levelScore(HardMediumSoftLongScore score, ConstraintId.Level level) {
        return switch (level) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
