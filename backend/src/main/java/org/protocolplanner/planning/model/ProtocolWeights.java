package org.protocolplanner.planning.model;

import java.util.EnumMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.protocolplanner.shared.protocol.ConstraintId;

/**
 * The weight of each soft rule, settable per plan (0 switches a rule off); hard and medium rules
 * cannot be reweighted. A weight multiplies the rule's penalty, whose unit the rule documents; the
 * defaults make one prestige point short cost as much as ten travel minutes.
 */
@ConstraintConfiguration
public final class ProtocolWeights {

    private static final Map<ConstraintId, Long> DEFAULTS = defaults();

    private final Map<ConstraintId, Long> weights;

    private ProtocolWeights(Map<ConstraintId, Long> weights) {
        this.weights = weights;
    }

    private static Map<ConstraintId, Long> defaults() {
        Map<ConstraintId, Long> defaults = new EnumMap<>(ConstraintId.class);
        defaults.put(ConstraintId.RANK_PRESTIGE, 30L); // per prestige point short, per event
        defaults.put(ConstraintId.EQUAL_TREATMENT, 5L); // per squared prestige point between two peers
        defaults.put(ConstraintId.TRAVEL_BURDEN, 1L); // per travel minute
        defaults.put(ConstraintId.CAPACITY_FIT, 8L); // per percent of the seats empty beyond the margin
        defaults.put(ConstraintId.PREFERRED_SPACE, 100L); // per event outside its preferred spaces
        defaults.put(ConstraintId.CUSTOMARY_HOURS, 100L); // per event off its customary hours
        defaults.put(ConstraintId.REST_GAP, 2L); // per minute of pause short
        defaults.put(ConstraintId.MOTORCADE_LOAD, 3L); // per minute two motorcades arrive closer than 30
        defaults.put(ConstraintId.PLAN_STABILITY, 10L); // per stability point of a moved event
        defaults.put(ConstraintId.VENUE_LOAD, 50L); // per engagement above a venue's daily load
        return defaults;
    }

    public static ProtocolWeights defaultWeights() {
        return new ProtocolWeights(new EnumMap<>(DEFAULTS));
    }

    /**
     * The defaults with a plan's own weights on top.
     *
     * @param weightsById soft constraint id to weight; ids of other levels are refused
     */
    public static ProtocolWeights of(Map<String, Integer> weightsById) {
        Map<ConstraintId, Long> weights = new EnumMap<>(DEFAULTS);
        weightsById.forEach((id, weight) -> {
            ConstraintId constraint = ConstraintId.byId(id)
                    .filter(c -> c.level() == ConstraintId.Level.SOFT)
                    .orElseThrow(() -> new IllegalArgumentException("no soft constraint " + id));
            weights.put(constraint, (long) weight);
        });
        return new ProtocolWeights(weights);
    }

    public static long defaultWeight(ConstraintId constraint) {
        return DEFAULTS.getOrDefault(constraint, 1L);
    }

    /** The weight of a soft rule; 1 for the hard and medium rules, which cannot be reweighted. */
    public long weight(ConstraintId constraint) {
        return weights.getOrDefault(constraint, 1L);
    }

    private HardMediumSoftLongScore soft(ConstraintId constraint) {
        return HardMediumSoftLongScore.ofSoft(weights.get(constraint));
    }

    @ConstraintWeight("rank-prestige")
    public HardMediumSoftLongScore getRankPrestige() {
        return soft(ConstraintId.RANK_PRESTIGE);
    }

    @ConstraintWeight("equal-treatment")
    public HardMediumSoftLongScore getEqualTreatment() {
        return soft(ConstraintId.EQUAL_TREATMENT);
    }

    @ConstraintWeight("travel-burden")
    public HardMediumSoftLongScore getTravelBurden() {
        return soft(ConstraintId.TRAVEL_BURDEN);
    }

    @ConstraintWeight("capacity-fit")
    public HardMediumSoftLongScore getCapacityFit() {
        return soft(ConstraintId.CAPACITY_FIT);
    }

    @ConstraintWeight("preferred-space")
    public HardMediumSoftLongScore getPreferredSpace() {
        return soft(ConstraintId.PREFERRED_SPACE);
    }

    @ConstraintWeight("customary-hours")
    public HardMediumSoftLongScore getCustomaryHours() {
        return soft(ConstraintId.CUSTOMARY_HOURS);
    }

    @ConstraintWeight("rest-gap")
    public HardMediumSoftLongScore getRestGap() {
        return soft(ConstraintId.REST_GAP);
    }

    @ConstraintWeight("motorcade-load")
    public HardMediumSoftLongScore getMotorcadeLoad() {
        return soft(ConstraintId.MOTORCADE_LOAD);
    }

    @ConstraintWeight("plan-stability")
    public HardMediumSoftLongScore getPlanStability() {
        return soft(ConstraintId.PLAN_STABILITY);
    }

    @ConstraintWeight("venue-load")
    public HardMediumSoftLongScore getVenueLoad() {
        return soft(ConstraintId.VENUE_LOAD);
    }
}
