package org.protocolplanner.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.protocol.ConstraintId;

class ProtocolWeightsTest {

    @Test
    void givesEverySoftRuleADefaultAndLetsAPlanOverrideIt() {
        ProtocolWeights weights = ProtocolWeights.of(Map.of("travel-burden", 2, "capacity-fit", 0));

        assertThat(ConstraintId.soft())
                .allSatisfy(id -> assertThat(ProtocolWeights.defaultWeight(id)).isPositive());
        assertThat(weights.weight(ConstraintId.TRAVEL_BURDEN)).isEqualTo(2);
        assertThat(weights.weight(ConstraintId.CAPACITY_FIT)).isZero();
        assertThat(weights.weight(ConstraintId.RANK_PRESTIGE))
                .isEqualTo(ProtocolWeights.defaultWeight(ConstraintId.RANK_PRESTIGE));
        assertThat(weights.getTravelBurden().softScore()).isEqualTo(2);
    }

    @Test
    void refusesToReweighAHardRuleOrAnUnknownOne() {
        assertThatThrownBy(() -> ProtocolWeights.of(Map.of("space-conflict", 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProtocolWeights.of(Map.of("good-weather", 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
