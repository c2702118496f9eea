package org.protocolplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.protocolplanner.booking.BookingFixtures;
import org.protocolplanner.booking.BookingFixtures.Site;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.PlannerProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Several application instances on one PostgreSQL, as the README's "Running several instances" starts
 * them: the database command's server, and packaged applications as processes of their own pointed at
 * it. Each start of a jar costs about half a minute, so the two instances are started once for all the
 * tests here, which are the ones only separate processes can show: shared sessions, a solve followed
 * and stopped on the instance that does not run it, a booking answer there pausing it, and a solve
 * taken over from an instance killed with {@code -9} (the last test, since it kills one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final Duration FIRST_START = Duration.ofMinutes(4);
    private static final String OFFICER_PASSWORD = "one database under every instance";
    private static final String SOLVER = "solving-officer";
    private static final String A = "instance-a";
    private static final String B = "instance-b";

    private static StandaloneDatabase database;
    private static PlannerProcess a;
    private static PlannerProcess b;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTheDatabaseAndTwoInstances() throws IOException {
        Path dirA = FaultTestDirectories.fresh("instance-a");
        Path dirB = FaultTestDirectories.fresh("instance-b");
        database = StandaloneDatabase.start(FaultTestDirectories.fresh("shared-database"), freePort());
        a = PlannerProcess.start(dirA, FaultTestDirectories.output(dirA), settings(A));
        b = PlannerProcess.start(dirB, FaultTestDirectories.output(dirB), settings(B));
        a.awaitHealthy(FIRST_START);
        b.awaitHealthy(FIRST_START);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
        Api.Answer created = a.admin()
                .post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                SOLVER,
                                "displayName",
                                "Solving officer",
                                "password",
                                OFFICER_PASSWORD,
                                "roles",
                                List.of("PROTOCOL_OFFICER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @AfterAll
    static void stopThem() {
        for (AutoCloseable running : new AutoCloseable[] {b, a, database}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + running + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void twoInstancesOnANewDatabaseShareItsAccountsPlansAndBrowserSessions() {
        Api.Answer created = a.admin()
                .post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                "shared-officer",
                                "displayName",
                                "Shared officer",
                                "password",
                                OFFICER_PASSWORD,
                                "roles",
                                List.of("PROTOCOL_OFFICER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        // The account made on A signs in on B; the plan made on B is read on A.
        String plan =
                DelegationWriters.newPlan(Api.signedIn(b.port(), "shared-officer", OFFICER_PASSWORD), "Shared week");
        assertThat(Api.signedIn(a.port(), "shared-officer", OFFICER_PASSWORD)
                        .get(plan)
                        .status())
                .isEqualTo(200);
        assertThat(b.admin().get("/api/accounts?size=100").json().get("content").findValuesAsString("username"))
                .containsOnlyOnce(PlannerProcess.ADMIN);

        // One browser session, signed in on A, answered by B as well (sessions live in the database);
        // the CSRF token A gave is accepted by B; signing out on B ends the session on A too.
        Api browserOnA = Api.signedIn(a.port(), "shared-officer", OFFICER_PASSWORD);
        Api browserOnB = browserOnA.onPort(b.port());
        assertThat(browserOnB.get("/api/me").json().get("username").asString()).isEqualTo("shared-officer");
        assertThat(browserOnB
                        .post("/api/plans", DelegationWriters.HORIZON.formatted("Made on B"))
                        .status())
                .isEqualTo(201);
        assertThat(browserOnB.post("/logout", "").status()).isEqualTo(204);
        assertThat(browserOnA.get("/api/me").status()).isEqualTo(401);

        // Both run the lapse job, as one row that one instance at a time claims.
        assertThat(jdbc.queryForList(
                        "select task_instance from scheduled_tasks where task_name = 'booking-lapses'", String.class))
                .hasSize(1);
    }

    /**
     * The instance asked runs the solve when it has a free slot (it looks at once, the other within a
     * second): the test follows whichever claimed it, and asks the other.
     */
    @Test
    @Order(2)
    void aSolveIsFollowedAndStoppedOnTheInstanceThatDoesNotRunIt() throws IOException {
        Api officer = Api.as(a.port(), SOLVER, OFFICER_PASSWORD);
        Solve solve = solveOnA(officer, importExample(officer), 300);
        String plan = solve.plan();
        String holder = solve.holder();
        Api elsewhere = officer.onPort(solve.other().port());

        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = HttpClient.newHttpClient()
                .sendAsync(
                        elsewhere
                                .request(plan + "/solve/events")
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        JsonNode seen = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> elsewhere.get(plan + "/solve").json(),
                        status -> "SOLVING".equals(status.get("state").asString())
                                && !status.get("startingScore").isNull());
        assertThat(seen.get("bestScore").get("hard").asLong())
                .isGreaterThanOrEqualTo(seen.get("startingScore").get("hard").asLong());
        await("its clock runs there too")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        elsewhere.get(plan + "/solve").json().get("timeSpentMs").asLong()
                                > seen.get("timeSpentMs").asLong());
        await("the running instance's status reaches the other's stream")
                .atMost(Duration.ofSeconds(30))
                .until(() -> lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"SOLVING\"")));
        assertThat(holder(solve.planId()))
                .as("the running instance keeps its claim while it beats")
                .isEqualTo(holder);

        long asked = System.nanoTime();
        Api.Answer stopped = elsewhere.delete(plan + "/solve");
        long answeredMs = (System.nanoTime() - asked) / 1_000_000;
        assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
        assertThat(stopped.json().get("state").asString()).isEqualTo("STOPPED");
        JsonNode saved = elsewhere.get(plan + "/solution").json().get("score");
        assertThat(stopped.json().get("bestScore").get("medium").asLong())
                .isEqualTo(saved.get("medium").asLong());
        assertThat(stopped.json().get("bestScore").get("soft").asLong())
                .isEqualTo(saved.get("soft").asLong());
        await("the other's stream ends with the solve")
                .atMost(Duration.ofSeconds(30))
                .until(stream::isDone);
        assertThat(lines).anyMatch(line -> line.startsWith("data:") && line.contains("\"STOPPED\""));
        System.out.printf(
                "[scale-out figures] a stop asked on the instance not running the solve was answered,"
                        + " best saved, after %d ms%n",
                answeredMs);
    }

    /**
     * A booking answer given on the instance that does not run the plan's solve stops it there through the
     * job row, is applied, and the solve is queued again for the time it had left, its place kept for it.
     */
    @Test
    @Order(3)
    void aBookingAnswerOnTheOtherInstancePausesTheSolveAndResumesIt() throws IOException {
        Api officer = Api.as(a.port(), SOLVER, OFFICER_PASSWORD);
        String plan = importExample(officer);
        long planId = id(plan);
        // A solution to publish: the venues of the example have no managers, so the officer answers their requests.
        assertThat(officer.post(plan + "/solve", Map.of("timeLimitSeconds", 2)).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "FINISHED"
                        .equals(officer.get(plan + "/solve").json().get("state").asString()));
        Api.Answer published = officer.post(plan + "/publish", Map.of());
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        long booking = published.json().get("requested").get(0).get("id").asLong();

        Api elsewhere = officer.onPort(solveOnA(officer, plan, 120).other().port());
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(
                        "select live_time_ms >= 2000 from solve_job where plan_id = ?", Boolean.class, planId));

        long asked = System.nanoTime();
        Api.Answer confirmed = elsewhere.post("/api/bookings/" + booking + "/confirm", null);
        long answeredMs = (System.nanoTime() - asked) / 1_000_000;
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode resumed = elsewhere.get(plan + "/solve").json();
        assertThat(resumed.get("state").asString()).isIn("QUEUED", "SOLVING");
        assertThat(resumed.get("timeLimitSeconds").asLong())
                .as("the time it had left")
                .isLessThan(120);
        assertThat(resumed.get("requestedBy").asString()).isEqualTo(SOLVER);
        assertThat(elsewhere.delete(plan + "/solve").json().get("state").asString())
                .isEqualTo("STOPPED");
        System.out.printf(
                "[scale-out figures] a booking answer on the instance not running the plan's solve"
                        + " paused it, was applied and resumed it after %d ms%n",
                answeredMs);
    }

    @Test
    @Order(4)
    void officersConfirmingOverlappingRequestsThroughBothInstancesLeaveNoOverlapConfirmed() throws Exception {
        Api officer = Api.signedIn(a.port(), SOLVER, OFFICER_PASSWORD);
        Site site = Site.next("scale");
        // Two plans that place the same engagements in the same spaces at the same times: each request of
        // one overlaps the other's request for the same engagement.
        List<Long> requests = new ArrayList<>();
        for (String name : List.of("Overlap one", "Overlap two")) {
            String plan = BookingFixtures.importPlaced(officer, jdbc, name, site);
            Api.Answer published = officer.post(plan + "/publish", Map.of());
            assertThat(published.status()).as(published.text()).isEqualTo(200);
            published
                    .json()
                    .get("requested")
                    .forEach(request -> requests.add(request.get("id").asLong()));
        }
        List<Integer> answers = new CopyOnWriteArrayList<>();
        ExecutorService officers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < 16; thread++) {
                Api own = Api.signedIn((thread % 2 == 0 ? a : b).port(), SOLVER, OFFICER_PASSWORD);
                List<Long> order = new ArrayList<>(requests);
                Collections.shuffle(order, new Random(thread));
                running.add(officers.submit(() -> order.forEach(id -> answers.add(
                        own.post("/api/bookings/" + id + "/confirm", Map.of()).status()))));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            officers.shutdownNow();
        }

        assertThat(answers).hasSize(16 * requests.size()).containsOnly(200, 409);
        assertThat(jdbc.queryForObject("""
                        select count(*) from booking x join booking y
                          on x.space_id = y.space_id and x.id < y.id
                         and x.starts_at < y.busy_until and y.starts_at < x.busy_until
                        where x.status = 'CONFIRMED' and y.status = 'CONFIRMED'""", Integer.class))
                .as("overlapping confirmed bookings")
                .isZero();
        // One of each overlapping pair was confirmed: half of the requests.
        assertThat(jdbc.queryForObject(
                        "select count(*) from booking where status = 'CONFIRMED' and id = any (?)",
                        Integer.class,
                        (Object) requests.toArray(Long[]::new)))
                .isEqualTo(requests.size() / 2);
    }

    @Test
    @Order(5)
    void aSolveWhoseInstanceIsKilledIsTakenOverByTheOtherFromItsLastSavedBest() throws IOException {
        long limitMs = 20_000;
        Api officer = Api.as(a.port(), SOLVER, OFFICER_PASSWORD);
        Solve solve = solveOnA(officer, importExample(officer), limitMs / 1000);
        String plan = solve.plan();
        long planId = solve.planId();
        String holder = solve.holder();
        String survivor = holder.equals(A) ? B : A;
        Api elsewhere = officer.onPort(solve.other().port());
        // A best saved, and long enough solved that running the whole limit again would show.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject(
                        "select best_hard is not null and live_time_ms >= 6000 from solve_job where plan_id = ?",
                        Boolean.class,
                        planId));

        (holder.equals(A) ? a : b).kill();
        long killedAt = System.nanoTime();
        Map<String, Object> lastSaved = jdbc.queryForMap(
                "select best_hard, best_medium, best_soft, live_time_ms" + " from solve_job where plan_id = ?", planId);
        assertThat(holder(planId))
                .as("the queue's row still names the killed instance")
                .isEqualTo(holder);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> survivor.equals(holder(planId)));
        long takenOverMs = (System.nanoTime() - killedAt) / 1_000_000;
        Map<String, Object> resumed = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> jdbc.queryForMap(
                                "select solved_by, starting_hard, starting_medium, starting_soft"
                                        + " from solve_job where plan_id = ?",
                                planId),
                        row -> row.get("starting_hard") != null);
        assertThat(resumed.get("solved_by")).isEqualTo(survivor);
        assertThat(List.of(resumed.get("starting_hard"), resumed.get("starting_medium"), resumed.get("starting_soft")))
                .as("the survivor starts from the killed instance's last saved best")
                .isEqualTo(
                        List.of(lastSaved.get("best_hard"), lastSaved.get("best_medium"), lastSaved.get("best_soft")));

        JsonNode finished = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> elsewhere.get(plan + "/solve").json(),
                        status -> "FINISHED".equals(status.get("state").asString()));
        long finishedMs = (System.nanoTime() - killedAt) / 1_000_000;
        assertThat(finished.get("timeSpentMs").asLong())
                .as("only the time left was solved again")
                .isBetween(limitMs, limitMs + 5_000);
        assertThat(jdbc.queryForObject("select solved_by from solve_job where plan_id = ?", String.class, planId))
                .isEqualTo(survivor);
        JsonNode saved = elsewhere.get(plan + "/solution").json().get("score");
        assertThat(finished.get("bestScore").get("soft").asLong())
                .isEqualTo(saved.get("soft").asLong());
        System.out.printf(
                "[scale-out figures] kill -9 of the solving instance to take-over by the other: %d ms;"
                        + " to the end of the solve: %d ms; solving time %d ms (%d ms before the kill) of a %d ms limit%n",
                takenOverMs, finishedMs, finished.get("timeSpentMs").asLong(), lastSaved.get("live_time_ms"), limitMs);
        assertThat(takenOverMs).as("taken over within 30 s").isLessThanOrEqualTo(30_000);
    }

    /** A solve asked of instance A, and the instance that claimed it. */
    private record Solve(String plan, long planId, String holder) {

        /** The instance that does not run it. */
        PlannerProcess other() {
            return holder.equals(A) ? b : a;
        }
    }

    private static Solve solveOnA(Api officer, String plan, long seconds) {
        assertThat(officer.post(plan + "/solve", Map.of("timeLimitSeconds", seconds))
                        .status())
                .isEqualTo(202);
        return new Solve(plan, id(plan), awaitHolder(id(plan)));
    }

    /** The instance whose claim on the plan's running request the queue's row names. */
    private static String holder(long planId) {
        return jdbc
                .queryForList(
                        "select q.picked_by from solve_queue q join solve_job j"
                                + " on q.task_instance = j.ticket_id::text where j.plan_id = ? and q.picked",
                        String.class,
                        planId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static String awaitHolder(long planId) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> holder(planId), name -> name != null);
    }

    private static String importExample(Api officer) throws IOException {
        try (InputStream in = ScaleOutIT.class.getResourceAsStream("/examples/hard-rules-plan.json")) {
            Api.Answer imported = officer.post("/api/plans/import", in.readAllBytes());
            assertThat(imported.status()).as(imported.text()).isEqualTo(201);
            return imported.header("Location");
        }
    }

    private static long id(String plan) {
        return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
    }

    private static Map<String, String> settings(String name) {
        Map<String, String> settings = database.instanceSettings();
        settings.put("PLANNER_INSTANCE_NAME", name);
        return settings;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
