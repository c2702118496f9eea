package org.protocolplanner.solving;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.protocolplanner.shared.scheduling.DatabaseScheduler;
import org.protocolplanner.shared.scheduling.InstanceName;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SolvingProperties.class)
class SolvingConfiguration {

    /**
     * How soon a request whose run failed without recording its end (the database was away) is offered
     * again: its next run goes on from the last saved best.
     */
    static final Duration RETRY = Duration.ofSeconds(10);

    /**
     * This instance's claims on the solve queue: one thread per solver slot, each claiming a waiting
     * request only when it is free, so that a request waits for the first instance with a free slot.
     * Requests are queued in the callers' transactions (the proxy lends the scheduler their connection).
     * Stopping asks the running solves to end first, each recorded as interrupted with its best saved.
     */
    @Bean
    DatabaseScheduler solveScheduler(
            DataSource dataSource,
            InstanceName instance,
            SolveRunner runner,
            SolveProgress progress,
            SolvingProperties properties) {
        Task<Long> solve = Tasks.oneTime(SolveQueue.SOLVE)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((request, context) -> runner.solve(request.getData(), UUID.fromString(request.getId())));
        AtomicInteger threads = new AtomicInteger();
        return DatabaseScheduler.of(
                DatabaseScheduler.builder(
                                new TransactionAwareDataSourceProxy(dataSource),
                                "solve_queue",
                                instance,
                                List.of(solve))
                        .threads(properties.parallelism())
                        .executorService(Executors.newFixedThreadPool(properties.parallelism(), runnable -> {
                            Thread thread = new Thread(runnable, "solver-" + threads.incrementAndGet());
                            // A solve never keeps the process alive: one cut off is taken over by another instance.
                            thread.setDaemon(true);
                            return thread;
                        }))
                        .pollUsingLockAndFetch(0.5, 1.0)
                        .pollingInterval(SolveQueue.POLL)
                        .shutdownMaxWait(SolveRun.STOP_WAIT)
                        .build(),
                () -> {
                    runner.shutDown();
                    progress.shutDown();
                });
    }
}
