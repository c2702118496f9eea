package org.protocolplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.planning.model.ProtocolSchedule;
import org.protocolplanner.tools.generator.SummitGenerator;
import org.protocolplanner.tools.generator.SummitOptions;

/** Construction that weighs places starts local search from a better plan than the first place that fits. */
class QualityConstructionTest {

    private static final PlanDocument SUMMIT =
            SummitGenerator.generate(SummitOptions.of(16, 80, 4, 13)).plan();

    @Test
    void placesEverythingWithoutBreakingAHardRuleAndBetterThanFirstFeasible() {
        HardMediumSoftLongScore weighed = constructed(new SolverTuning("weighed", true, 0, 400, 0));
        HardMediumSoftLongScore firstFeasible = constructed(new SolverTuning("first-feasible", false, 0, 400, 0));

        assertThat(weighed.hardScore()).isZero();
        assertThat(weighed.mediumScore()).isZero();
        assertThat(firstFeasible.hardScore()).isZero();
        assertThat(weighed.softScore())
                .as("against first-feasible's %s", firstFeasible)
                .isGreaterThan(firstFeasible.softScore());
    }

    /** The score after construction and repair: local search takes no step. */
    private static HardMediumSoftLongScore constructed(SolverTuning tuning) {
        SolverConfig config = ProtocolSolverConfig.solving(Duration.ofMinutes(1), 0L, tuning);
        ProtocolSchedule best = SolverFactory.<ProtocolSchedule>create(config)
                .buildSolver()
                .solve(new ProtocolScheduleFactory().create(SUMMIT));
        return best.getScore();
    }
}
