package org.protocolplanner.solving;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Solving settings ({@code planner.solving.*}).
 *
 * @param defaultTimeLimit how long a solve runs when the request names no limit
 * @param saveInterval     the least time between two saves of the best solution while solving
 * @param parallelism      solves this instance runs at once (its solver slots); 0 means one per processor core
 * @param queueCapacity    solves that may wait for a free slot, over all instances on the database; more are
 *                         refused with 503
 * @param maxSubscribers   open event streams, over all plans; more are refused with 503
 */
@ConfigurationProperties("planner.solving")
record SolvingProperties(
        Duration defaultTimeLimit, Duration saveInterval, int parallelism, int queueCapacity, int maxSubscribers) {

    SolvingProperties {
        defaultTimeLimit = defaultTimeLimit == null ? Duration.ofSeconds(30) : defaultTimeLimit;
        saveInterval = saveInterval == null ? Duration.ofSeconds(3) : saveInterval;
        parallelism = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        queueCapacity = queueCapacity > 0 ? queueCapacity : 16;
        maxSubscribers = maxSubscribers > 0 ? maxSubscribers : 200;
    }
}
