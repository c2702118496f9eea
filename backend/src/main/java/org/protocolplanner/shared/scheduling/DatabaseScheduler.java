package org.protocolplanner.shared.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * A db-scheduler {@link Scheduler} run with the application: it claims rows of its table once the web
 * server listens (so that its {@link InstanceName} carries the port) and stops claiming before the
 * application stops. Spring's test contexts pause the lifecycles of a cached context they are not using;
 * a stopped scheduler cannot start again, so this one is not pauseable. A context that fails after it
 * started stops it when its beans are destroyed, so that its threads do not keep the process alive.
 */
public final class DatabaseScheduler implements SmartLifecycle, DisposableBean {

    /**
     * How often a running claim's row is renewed, and how many renewals may be missed before the claim
     * is taken for that of an instance that died: a claim is taken over between 16 and 24 s after its
     * instance's last renewal (dead claims are looked for every two intervals).
     */
    public static final Duration HEARTBEAT = Duration.ofSeconds(4);

    public static final int MISSED_HEARTBEATS = 4;

    private final Scheduler scheduler;
    private final Runnable beforeStop;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private DatabaseScheduler(Scheduler scheduler, Runnable beforeStop) {
        this.scheduler = scheduler;
        this.beforeStop = beforeStop;
    }

    /**
     * A scheduler builder on the table, with this instance's name and the claim timings above.
     *
     * @param dataSource wrapped by the caller in a {@code TransactionAwareDataSourceProxy} when rows are to
     *                   be written in the caller's transactions
     */
    public static SchedulerBuilder builder(
            DataSource dataSource, String table, InstanceName name, List<Task<?>> tasks) {
        return Scheduler.create(dataSource, tasks)
                .tableName(table)
                .schedulerName(name)
                .heartbeatInterval(HEARTBEAT)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS);
    }

    /** @param beforeStop runs before the scheduler stops, which waits for the running executions to return */
    public static DatabaseScheduler of(Scheduler scheduler, Runnable beforeStop) {
        return new DatabaseScheduler(scheduler, beforeStop);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void start() {
        if (started.compareAndSet(false, true)) {
            scheduler.start();
        }
    }

    @Override
    public void stop() {
        if (started.get() && stopped.compareAndSet(false, true)) {
            beforeStop.run();
            scheduler.stop();
        }
    }

    @Override
    public void destroy() {
        stop();
    }

    @Override
    public boolean isRunning() {
        return started.get() && !stopped.get();
    }

    @Override
    public boolean isPauseable() {
        return false;
    }
}
