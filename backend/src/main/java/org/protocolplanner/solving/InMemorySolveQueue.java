package org.protocolplanner.solving;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.protocolplanner.shared.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The queue of this process alone: a pool of {@code parallelism} solver threads (one per core by default)
 * and a bounded queue behind them. The places are those of this process's requests not yet ended, in the
 * order they were accepted, so the map is bounded by the pool and the queue.
 */
@Component
class InMemorySolveQueue implements SolveQueue {

    /** How long closing waits for the solver threads to end. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(InMemorySolveQueue.class);

    private final int capacity;
    private final ThreadPoolExecutor executor;
    /** The places by plan, in the order they were taken; guarded by itself. */
    private final Map<Long, Place> places = new LinkedHashMap<>();
    private volatile SolveWorker worker;

    InMemorySolveQueue(SolvingProperties properties) {
        this.capacity = properties.parallelism() + properties.queueCapacity();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.parallelism(), properties.parallelism(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(properties.queueCapacity()),
                runnable -> {
                    Thread thread = new Thread(runnable, "solver-" + threads.incrementAndGet());
                    // A solve never keeps the process alive: one cut off shows as interrupted at the next start.
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void serve(SolveWorker worker) {
        this.worker = worker;
    }

    @Override
    public void offer(SolveTicket ticket, Runnable accepted) {
        if (worker == null) {
            throw new IllegalStateException("The solving queue serves no worker yet");
        }
        synchronized (places) {
            Place place = places.get(ticket.planId());
            if (place == null) {
                if (places.size() >= capacity) {
                    throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                            "The solving queue is full; try again when a solve has ended.");
                }
            } else if (!place.ticket.id().equals(ticket.id()) || place.future != null) {
                throw new ConflictException("This plan is already being solved.");
            }
            // A reserved place keeps its order: re-putting a key leaves it where it was.
            Place taken = new Place(ticket);
            places.put(ticket.planId(), taken);
            try {
                accepted.run();
                taken.future = executor.submit(() -> claim(taken));
            } catch (RuntimeException e) {
                places.remove(ticket.planId(), taken);
                throw e;
            }
        }
    }

    private void claim(Place place) {
        if (place.claimed.compareAndSet(false, true)) {
            worker.solve(place.ticket);
        }
    }

    @Override
    public Optional<SolveTicket> current(long planId) {
        synchronized (places) {
            return Optional.ofNullable(places.get(planId)).map(place -> place.ticket);
        }
    }

    @Override
    public Optional<Integer> position(long planId) {
        synchronized (places) {
            List<Long> waiting = places.values().stream().filter(place -> !place.claimed.get())
                    .map(place -> place.ticket.planId()).toList();
            int index = waiting.indexOf(planId);
            return index < 0 ? Optional.empty() : Optional.of(index + 1);
        }
    }

    @Override
    public boolean withdraw(SolveTicket ticket) {
        Place place;
        synchronized (places) {
            place = places.get(ticket.planId());
        }
        if (place == null || !place.ticket.id().equals(ticket.id()) || !place.claimed.compareAndSet(false, true)) {
            return false;
        }
        // Still waiting: it never ran, and its slot in the pool's queue is freed at once.
        Future<?> future = place.future;
        if (future != null) {
            future.cancel(false);
        }
        executor.purge();
        return true;
    }

    @Override
    public void reserve(SolveTicket next) {
        synchronized (places) {
            places.put(next.planId(), new Place(next));
        }
    }

    @Override
    public void release(SolveTicket ticket) {
        synchronized (places) {
            Place place = places.get(ticket.planId());
            if (place != null && place.ticket.id().equals(ticket.id())) {
                places.remove(ticket.planId());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("Solver threads still running at shutdown");
        }
    }

    /** A plan's place: its request, and whether a solver thread or a withdrawal took it first. */
    private static final class Place {

        final SolveTicket ticket;
        /**
         * Taken by whichever comes first: the pool thread starting the solve, or a withdrawal while it is
         * still queued (a FutureTask can be cancelled even while it runs, so cancelling alone cannot tell).
         */
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile Future<?> future;

        Place(SolveTicket ticket) {
            this.ticket = ticket;
        }
    }
}
