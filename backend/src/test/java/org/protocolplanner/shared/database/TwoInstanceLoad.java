package org.protocolplanner.shared.database;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.PlannerProcess;
import tools.jackson.databind.JsonNode;

/**
 * A measurement, not a test: signed-in users of mixed reads and writes against two instances of the packaged
 * application on one PostgreSQL, every request to the next instance in turn as a load balancer without
 * stickiness sends them. Prints p50, p95 and p99 of reads and of writes, the 409s (a move on a stale
 * version: expected when two officers move one engagement) and every other error.
 *
 * <p>Everything runs on this machine's loopback: the database command's server and two jars started here on
 * the demo data, so nothing outside is loaded. Bounded: at most {@value #MOST_USERS} users and
 * {@value #MOST_SECONDS} s. Each user sends the next request 0.5 to 1.5 s after the answer, as a person reading
 * a screen does: without that pause the figure would be the machine's saturation, not a summit week's office.
 *
 * <pre>./mvnw -o -B -q package -DskipTests -Dbrowser-tests.skip=true
 * ./mvnw -o -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.protocolplanner.shared.database.TwoInstanceLoad -Dexec.args="50 60"</pre>
 */
public final class TwoInstanceLoad {

    static final int MOST_USERS = 200;
    static final int MOST_SECONDS = 600;
    private static final Duration FIRST_START = Duration.ofMinutes(4);
    /** One write in five: officers move engagements; the rest of the office reads. */
    private static final double WRITE_SHARE = 0.2;

    private TwoInstanceLoad() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        if (users < 1 || users > MOST_USERS || seconds < 1 || seconds > MOST_SECONDS) {
            throw new IllegalArgumentException("users 1 to " + MOST_USERS + ", seconds 1 to " + MOST_SECONDS);
        }
        Path databaseDir = FaultTestDirectories.fresh("load-database");
        Path dirA = FaultTestDirectories.fresh("load-a");
        Path dirB = FaultTestDirectories.fresh("load-b");
        try (StandaloneDatabase database = StandaloneDatabase.start(databaseDir, freePort());
                PlannerProcess a = PlannerProcess.start(dirA, FaultTestDirectories.output(dirA), settings(database))) {
            // The demo data is loaded by the first instance alone; the second finds it there.
            a.awaitHealthy(FIRST_START);
            try (PlannerProcess b = PlannerProcess.start(dirB, FaultTestDirectories.output(dirB), settings(database))) {
                b.awaitHealthy(FIRST_START);
                run(users, seconds, a.port(), b.port());
            }
        }
    }

    private static void run(int users, int seconds, int portA, int portB) throws InterruptedException {
        Api setup = Api.signedIn(portA, "officer");
        String plan =
                setup.get("/api/plans").json().get("content").get(0).get("id").asString();
        // The demo summit as an office has it mid-week: solved, so that officers have placed engagements to move.
        setup.post("/api/plans/" + plan + "/solve", Map.of("timeLimitSeconds", 10));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> setup.get("/api/plans/" + plan + "/solve")
                                .json()
                                .path("state")
                                .asString(""),
                        state -> List.of("FINISHED", "STOPPED", "FAILED").contains(state));
        List<String> venues = new ArrayList<>();
        setup.get("/api/venues?size=50")
                .json()
                .get("content")
                .forEach(v -> venues.add(v.get("id").asString()));
        Samples reads = new Samples();
        Samples writes = new Samples();
        double loadBefore = load();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(users);
        CountDownLatch finished = new CountDownLatch(users);
        for (int user = 0; user < users; user++) {
            String account = switch (user % 5) {
                case 0, 1 -> "officer";
                case 2 -> "planner";
                case 3 -> "manager";
                default -> "admin";
            };
            pool.execute(new User(
                    account, portA, portB, plan, venues, new Random(user), end, reads, writes, pool, finished));
        }
        finished.await(seconds + 120L, TimeUnit.SECONDS);
        pool.shutdownNow();
        System.out.printf(
                "[load figures] %d users, %d s, two instances on one PostgreSQL, 0.5-1.5 s between a"
                        + " user's requests, every request to the next instance%n",
                users, seconds);
        reads.print("reads ");
        writes.print("writes");
        System.out.printf(
                "[load figures] load average %.2f before, %.2f after, on %d processors%n",
                loadBefore, load(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * One person at a screen: signs in, then sends one request at a time, each to the next instance, the next
     * 0.5 to 1.5 s after the answer. Officers write half of the time (a fifth of all requests): they read the
     * plan's engagements (a read) and move one of them.
     */
    private record User(
            String account,
            int portA,
            int portB,
            String plan,
            List<String> venues,
            Random random,
            long end,
            Samples reads,
            Samples writes,
            ScheduledExecutorService pool,
            CountDownLatch finished)
            implements Runnable {

        @Override
        public void run() {
            Api onA = Api.signedIn(portA, account);
            new Step(this, new Api[] {onA, onA.onPort(portB)}).run();
        }

        /** A step of this user: one request, then the next step after a pause. */
        private record Step(User user, Api[] instances, int[] turn) implements Runnable {

            Step(User user, Api[] instances) {
                this(user, instances, new int[] {user.random().nextInt(2)});
            }

            @Override
            public void run() {
                if (System.nanoTime() >= user.end()) {
                    user.finished().countDown();
                    return;
                }
                Random random = user.random();
                if (user.account().equals("officer") && random.nextDouble() < WRITE_SHARE * 2.5) {
                    JsonNode[] engagement = new JsonNode[1];
                    user.reads().time(() -> {
                        Api.Answer list = next().get("/api/plans/" + user.plan() + "/engagements?size=500");
                        engagement[0] = placedAtRandom(list, random);
                        return list;
                    });
                    if (engagement[0] != null) {
                        user.writes().time(() -> move(next(), user.plan(), engagement[0], random));
                    }
                } else {
                    user.reads().time(() -> read(next(), user.account(), user.plan(), user.venues(), random));
                }
                user.pool().schedule(this, 500 + random.nextInt(1000), TimeUnit.MILLISECONDS);
            }

            private Api next() {
                return instances[turn[0]++ % 2];
            }
        }
    }

    /**
     * A screen's worth of reading: the plan list, a plan, its engagements, a venue, bookings or notifications;
     * a venue manager, who sees no plans, reads the last three.
     */
    private static Api.Answer read(Api api, String account, String plan, List<String> venues, Random random) {
        int screen = account.equals("manager") ? 3 + random.nextInt(3) : random.nextInt(6);
        String path = switch (screen) {
            case 0 -> "/api/plans";
            case 1 -> "/api/plans/" + plan;
            case 2 -> "/api/plans/" + plan + "/engagements";
            case 3 -> "/api/venues/" + venues.get(random.nextInt(venues.size()));
            case 4 -> "/api/bookings?page=" + random.nextInt(3) + "&size=20";
            default -> "/api/notifications/unread-count";
        };
        return api.get(path);
    }

    private static JsonNode placedAtRandom(Api.Answer list, Random random) {
        if (list.status() != 200) {
            return null;
        }
        List<JsonNode> placed = new ArrayList<>();
        JsonNode body = list.json();
        (body.has("content") ? body.get("content") : body).forEach(e -> {
            if (e.hasNonNull("assignment")) {
                placed.add(e);
            }
        });
        return placed.isEmpty() ? null : placed.get(random.nextInt(placed.size()));
    }

    /** Moves the engagement by a quarter of an hour in its space, at the version read. */
    private static Api.Answer move(Api api, String plan, JsonNode engagement, Random random) {
        JsonNode assignment = engagement.get("assignment");
        String moved = LocalDateTime.parse(assignment.get("start").asString())
                .plusMinutes(random.nextBoolean() ? 15 : -15)
                .toString();
        String body = Api.json()
                .writeValueAsString(Map.of(
                        "spaceId",
                        assignment.get("spaceId").asString(),
                        "start",
                        moved,
                        "version",
                        engagement.get("version").asLong()));
        return api.send(api.request("/api/plans/" + plan + "/engagements/"
                        + engagement.get("id").asString() + "/assignment")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Latencies and answers of one kind of request, from many threads. */
    private static final class Samples {

        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger conflicts = new AtomicInteger();
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<String> reasons = Collections.synchronizedList(new ArrayList<>());

        void time(Supplier<Api.Answer> request) {
            long started = System.nanoTime();
            Api.Answer answer;
            try {
                answer = request.get();
            } catch (RuntimeException e) {
                errors.add(e.toString());
                return;
            }
            nanos.add(System.nanoTime() - started);
            if (answer.status() == 409) {
                conflicts.incrementAndGet();
                reasons.add(answer.json().path("detail").asString(""));
            } else if (answer.status() >= 300) {
                errors.add(answer.response().request().method() + " "
                        + answer.response().uri().getPath() + ": HTTP " + answer.status());
            }
        }

        void print(String name) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            Collections.sort(sorted);
            System.out.printf(
                    "[load figures] %s %6d requests: p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms;"
                            + " 409 %d %s, errors %d %s%n",
                    name,
                    sorted.size(),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6,
                    conflicts.get(),
                    distinct(reasons),
                    errors.size(),
                    distinct(errors));
        }

        private static List<String> distinct(List<String> texts) {
            synchronized (texts) {
                return texts.stream().distinct().limit(5).toList();
            }
        }
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static Map<String, String> settings(StandaloneDatabase database) {
        Map<String, String> settings = database.instanceSettings();
        settings.put("PLANNER_DEMO", "true");
        return settings;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
