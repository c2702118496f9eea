package org.protocolplanner.planning;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.protocolplanner.planning.constraints.ProtocolConstraintProvider;
import org.protocolplanner.planning.model.EngagementAssignment;
import org.protocolplanner.planning.model.ProtocolSchedule;

/**
 * The solver configuration, built in code: the OptaPlanner Spring starter does not run on Boot 4
 * (STACK.md), and a configuration in code is checked by the compiler.
 */
public final class ProtocolSolverConfig {

    private ProtocolSolverConfig() {
    }

    /** The domain and the rules, without phases: enough to score and explain a schedule. */
    public static SolverConfig scoring() {
        return new SolverConfig()
                .withSolutionClass(ProtocolSchedule.class)
                .withEntityClasses(EngagementAssignment.class)
                .withConstraintProviderClass(ProtocolConstraintProvider.class)
                // Only Bavet is on the classpath (Drools is excluded in the pom); say so rather than rely on the default.
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }
}
