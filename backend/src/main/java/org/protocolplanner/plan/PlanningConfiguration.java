package org.protocolplanner.plan;

import org.protocolplanner.planning.ScheduleScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planning engine's plain-Java services as Spring beans; the engine itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    /** Builds its solver factory once: scoring many plans shares the compiled constraint network. */
    @Bean
    ScheduleScorer scheduleScorer() {
        return new ScheduleScorer();
    }
}
