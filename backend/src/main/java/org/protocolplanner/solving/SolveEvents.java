package org.protocolplanner.solving;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of plans' solves. A stream is dropped as soon as it completes, times out or
 * fails to take an event, and their number is capped, so that streams never pile up.
 *
 * <p>When the application stops, every stream is ended before the web server's graceful shutdown starts
 * (a higher lifecycle phase stops first): an open stream is a request in progress, which the graceful
 * shutdown would wait for until its time runs out (30 s), and the browser's EventSource reconnects by itself,
 * through the proxy to an instance that runs. A stream asked for while stopping ends at once.
 */
@Component
class SolveEvents implements SmartLifecycle {

    /** A stream is closed after this long without the client reconnecting; EventSource reconnects by itself. */
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    static final String STATE = "state";
    static final String BEST_SCORE = "best-score";

    private final Map<Long, Set<SseEmitter>> byPlan = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final int maxSubscribers;

    SolveEvents(SolvingProperties properties) {
        this.maxSubscribers = properties.maxSubscribers();
    }

    /**
     * A new stream of the plan's events. It opens with a comment, so that the client sees at once that it
     * is subscribed, then {@code current} when there is a state to tell.
     */
    SseEmitter subscribe(long planId, SolveStatus current) {
        if (open.incrementAndGet() > maxSubscribers) {
            open.decrementAndGet();
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "Too many open solve event streams; try again later.");
        }
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        byPlan.computeIfAbsent(planId, id -> new CopyOnWriteArraySet<>()).add(emitter);
        Runnable remove = () -> remove(planId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("subscribed"));
        } catch (IOException e) {
            remove.run();
            emitter.completeWithError(e);
            return emitter;
        }
        if (current != null) {
            send(planId, emitter, STATE, current);
        }
        if (!running.get()) {
            emitter.complete();
        }
        return emitter;
    }

    @Override
    public void start() {
        running.set(true);
    }

    /** Ends every open stream: the application is stopping (or its test context is paused). */
    @Override
    public void stop() {
        running.set(false);
        byPlan.values().forEach(emitters -> List.copyOf(emitters).forEach(SseEmitter::complete));
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    boolean hasSubscribers(long planId) {
        return byPlan.containsKey(planId);
    }

    void state(long planId, SolveStatus status) {
        publish(planId, STATE, status);
    }

    void bestScore(long planId, SolveStatus.NewBest best) {
        publish(planId, BEST_SCORE, best);
    }

    /** Ends every stream of the plan: its solve is over, and a client reconnects to follow the next. */
    void complete(long planId) {
        Set<SseEmitter> emitters = byPlan.get(planId);
        if (emitters != null) {
            List.copyOf(emitters).forEach(SseEmitter::complete);
        }
    }

    private void publish(long planId, String name, Object data) {
        Set<SseEmitter> emitters = byPlan.get(planId);
        if (emitters != null) {
            List.copyOf(emitters).forEach(emitter -> send(planId, emitter, name, data));
        }
    }

    private void send(long planId, SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException | IllegalStateException e) {
            // The client went away (or the stream already ended): forget it, the solve goes on.
            remove(planId, emitter);
            emitter.completeWithError(e);
        }
    }

    private void remove(long planId, SseEmitter emitter) {
        byPlan.computeIfPresent(planId, (id, emitters) -> {
            if (emitters.remove(emitter)) {
                open.decrementAndGet();
            }
            return emitters.isEmpty() ? null : emitters;
        });
    }
}
