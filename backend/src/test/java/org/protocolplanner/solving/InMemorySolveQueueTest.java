package org.protocolplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.web.ConflictException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The queue's contract, as any queue (in memory or a table) must keep it: one place per plan, claimed in
 * order, at most parallelism running and queue-capacity waiting, a waiting request withdrawn never runs.
 * The worker here holds each solve until the test lets it end.
 */
class InMemorySolveQueueTest {

    private final InMemorySolveQueue queue = new InMemorySolveQueue(
            new SolvingProperties(null, null, 1, 2, 0));
    private final List<Long> solved = new CopyOnWriteArrayList<>();
    private final Map<Long, CountDownLatch> running = new ConcurrentHashMap<>();
    private final List<Long> ended = new CopyOnWriteArrayList<>();

    InMemorySolveQueueTest() {
        queue.serve(ticket -> {
            CountDownLatch end = running.computeIfAbsent(ticket.planId(), plan -> new CountDownLatch(1));
            solved.add(ticket.planId());
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            queue.release(ticket);
            ended.add(ticket.planId());
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        running.values().forEach(CountDownLatch::countDown);
        queue.close();
    }

    @Test
    void oneRunsTheOthersWaitInOrderAndBeyondTheCapacityARequestIsRefused() {
        SolveTicket first = offer(1);
        await().until(() -> solved.contains(1L));
        offer(2);
        offer(3);

        assertThat(queue.position(1)).isEmpty();
        assertThat(queue.position(2)).contains(1);
        assertThat(queue.position(3)).contains(2);
        assertThatThrownBy(() -> offer(4)).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(503));
        assertThatThrownBy(() -> offer(2)).isInstanceOf(ConflictException.class);

        end(first);
        await().until(() -> solved.equals(List.of(1L, 2L)));
        assertThat(queue.current(1)).isEmpty();
        assertThat(queue.position(3)).contains(1);
    }

    @Test
    void aWaitingRequestWithdrawnNeverRunsButARunningOneCannotBeWithdrawn() {
        SolveTicket first = offer(1);
        await().until(() -> solved.contains(1L));
        SolveTicket second = offer(2);
        offer(3);

        assertThat(queue.withdraw(first)).isFalse();
        assertThat(queue.withdraw(second)).isTrue();
        assertThat(queue.position(3)).contains(1);
        queue.release(second);
        assertThat(queue.current(2)).isEmpty();

        end(first);
        await().until(() -> solved.equals(List.of(1L, 3L)));
        assertThat(solved).doesNotContain(2L);
    }

    @Test
    void aReservedPlaceKeepsThePlanFromOtherRequestsUntilItsRequestIsOffered() {
        SolveTicket paused = offer(1);
        await().until(() -> solved.contains(1L));
        SolveTicket resumed = paused.successor();

        queue.reserve(resumed);
        end(paused);
        await().until(() -> ended.contains(1L));
        assertThat(queue.current(1)).contains(resumed);
        assertThatThrownBy(() -> offer(1)).isInstanceOf(ConflictException.class);

        running.remove(1L);
        queue.offer(resumed.withTimeLimit(Duration.ofSeconds(5)), () -> { });
        await().until(() -> solved.equals(List.of(1L, 1L)));
    }

    @Test
    void aRequestWhoseRecordFailsGivesItsPlaceBack() {
        SolveTicket refused = SolveTicket.of(1, Duration.ofSeconds(30), null, "officer");

        assertThatThrownBy(() -> queue.offer(refused, () -> {
            throw new ConflictException("This plan is already being solved.");
        })).isInstanceOf(ConflictException.class);

        assertThat(queue.current(1)).isEmpty();
        assertThat(solved).isEmpty();
    }

    private SolveTicket offer(long planId) {
        SolveTicket ticket = SolveTicket.of(planId, Duration.ofSeconds(30), null, "officer");
        queue.offer(ticket, () -> { });
        return ticket;
    }

    private void end(SolveTicket ticket) {
        running.computeIfAbsent(ticket.planId(), plan -> new CountDownLatch(1)).countDown();
    }
}
