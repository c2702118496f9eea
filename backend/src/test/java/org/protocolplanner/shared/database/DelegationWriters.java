package org.protocolplanner.shared.database;

import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.protocolplanner.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Writers that add delegations to plans of their own, one writer per plan, each as fast as the
 * application answers, and keep what was acknowledged (201) apart from what was refused or never
 * answered. A writer stops when the application no longer answers at all (it was killed).
 */
final class DelegationWriters implements AutoCloseable {

    static final String HORIZON = """
            {"name": "%s", "horizonStart": "2027-05-10T00:00", "horizonEnd": "2027-05-12T00:00"}""";

    private final List<Thread> threads = new ArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> unavailable = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * @param plans  the plans written to, one writer each
     * @param run    names this round of writes, so that delegation ids stay unique over rounds
     * @param client the signed-in client of each writer
     */
    DelegationWriters(List<String> plans, String run, IntFunction<Api> client) {
        for (int writer = 0; writer < plans.size(); writer++) {
            String plan = plans.get(writer);
            String prefix = "del-" + run + "-" + writer + "-";
            Api api = client.apply(writer);
            Thread thread = new Thread(() -> write(api, plan, prefix), "writer-" + run + "-" + writer);
            threads.add(thread);
            thread.start();
        }
    }

    /** A plan to write to, made by the client. */
    static String newPlan(Api api, String name) {
        Api.Answer created = api.post("/api/plans", HORIZON.formatted(name));
        if (created.status() != 201) {
            throw new IllegalStateException("could not make a plan: " + created.status() + " " + created.text());
        }
        return created.header("Location");
    }

    /** Adds one delegation to the plan; an answer must come within 30 s. */
    static Api.Answer add(Api api, String plan, String id) {
        return api.send(api.request(plan + "/delegations")
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id": "%s", "name": "Delegation %s", "headRank": "MINISTER", "size": 12,
                         "arrival": "2027-05-10T08:00", "departure": "2027-05-11T20:00"}""".formatted(id, id))));
    }

    private void write(Api api, String plan, String prefix) {
        for (int n = 0; !stopped; n++) {
            String id = prefix + n;
            try {
                Api.Answer answer = add(api, plan, id);
                if (answer.status() == 201) {
                    acknowledged.add(plan + "|" + id);
                } else {
                    refusals.computeIfAbsent(answer.status(), status -> new AtomicInteger())
                            .incrementAndGet();
                    if (answer.status() != 503 || answer.header("Retry-After") == null) {
                        unexpected.add(answer.status() + " " + answer.text());
                    } else {
                        unavailable
                                .computeIfAbsent(
                                        answer.header("Retry-After") + " "
                                                + answer.json().get("detail").asString(),
                                        detail -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            } catch (UncheckedIOException e) {
                unanswered.incrementAndGet();
                if (e.getCause() instanceof java.net.ConnectException) {
                    return;
                }
            }
        }
    }

    /** Waits until this many more writes than now have been acknowledged. */
    void awaitAcknowledged(int more) {
        int target = acknowledged.size() + more;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() >= target);
    }

    /** Waits until every writer has stopped by itself, the application having gone. */
    void awaitGone() {
        await().atMost(Duration.ofSeconds(60)).until(() -> threads.stream().noneMatch(Thread::isAlive));
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int refused(int status) {
        AtomicInteger count = refusals.get(status);
        return count == null ? 0 : count.get();
    }

    /** How many 503 answers carried which {@code Retry-After} and detail. */
    Map<String, Integer> unavailable() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        unavailable.forEach((answer, count) -> counts.put(answer, count.get()));
        return counts;
    }

    /** Answers other than 201, or 503 with Retry-After: a 401 or 500 while the database is away is a defect. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    int unanswered() {
        return unanswered.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
    }

    /** The acknowledged writes that the plans no longer hold. */
    static List<String> missing(Api api, List<String> acknowledged) {
        Set<String> found = new HashSet<>();
        acknowledged.stream()
                .map(write -> write.substring(0, write.indexOf('|')))
                .distinct()
                .forEach(plan -> {
                    JsonNode page;
                    int number = 0;
                    do {
                        page = api.get(plan + "/delegations?size=1000&page=" + number++)
                                .json();
                        page.get("content")
                                .forEach(delegation -> found.add(
                                        plan + "|" + delegation.get("id").asString()));
                    } while (number < page.get("totalPages").asInt());
                });
        return acknowledged.stream().filter(write -> !found.contains(write)).toList();
    }
}
