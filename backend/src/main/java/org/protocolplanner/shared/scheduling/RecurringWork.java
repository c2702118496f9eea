package org.protocolplanner.shared.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's recurring jobs (every {@link RecurringTask} bean, such as the booking lapses), each
 * run by one instance at a time however many share the database: they are rows of the table
 * {@code scheduled_tasks}, claimed by the instance that runs them.
 */
@Configuration(proxyBeanMethods = false)
class RecurringWork {

    /** How long a due job may wait for an instance to notice it. */
    static final Duration POLL = Duration.ofSeconds(5);

    @Bean
    DatabaseScheduler recurringScheduler(
            DataSource dataSource, InstanceName name, ObjectProvider<RecurringTask<?>> jobs) {
        return DatabaseScheduler.of(
                DatabaseScheduler.builder(dataSource, "scheduled_tasks", name, List.of())
                        .startTasks(jobs.orderedStream().toList())
                        .threads(2)
                        .pollingInterval(POLL)
                        // Stopping waits for a running job to return: the lapse job pauses solves, which takes seconds.
                        .shutdownMaxWait(Duration.ofSeconds(30))
                        .build(),
                () -> {});
    }
}
