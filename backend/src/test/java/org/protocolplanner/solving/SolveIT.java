package org.protocolplanner.solving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Solving a plan over the API: states, the saved best, stopping, the queue, the lock on edits, events. */
@IntegrationTest
class SolveIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final List<String> solving = new CopyOnWriteArrayList<>();

    /** A failed assertion must not leave a solve running into the next test. */
    @AfterEach
    void stopWhatIsStillSolving() {
        Api officer = Api.as(port, "officer");
        solving.forEach(plan -> officer.delete(plan + "/solve"));
    }

    @Test
    void aSolveFinishesWithItsBestSavedAndScoredAsTheExportIsScored() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);

        Api.Answer started = start(officer, plan, Map.of("timeLimitSeconds", 2));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo(plan + "/solve");
        assertThat(started.json().get("state").asString()).isIn("QUEUED", "SOLVING");
        assertThat(started.json().get("timeLimitSeconds").asLong()).isEqualTo(2);

        JsonNode finished = awaitState(officer, plan, "FINISHED");
        JsonNode solution = officer.get(plan + "/solution").json();
        assertThat(finished.get("bestScore").get("hard").asLong())
                .isEqualTo(solution.get("score").get("hard").asLong());
        assertThat(finished.get("bestScore").get("medium").asLong())
                .isEqualTo(solution.get("score").get("medium").asLong());
        assertThat(finished.get("bestScore").get("soft").asLong())
                .isEqualTo(solution.get("score").get("soft").asLong());
        assertThat(solution.get("assignments").size())
                .as("the solver placed more than the one pinned event")
                .isGreaterThan(1);
        assertThat(finished.get("timeSpentMs").asLong()).isBetween(1000L, 10_000L);
        assertThat(finished.get("scoreCalculationSpeed").asLong()).isPositive();
        assertThat(finished.get("startedAt").isNull()).isFalse();
        assertThat(finished.get("endedAt").isNull()).isFalse();
    }

    @Test
    void aPlanBeingSolvedRefusesEditsUntilStoppedAndStoppingKeepsTheBest() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        long version = officer.get(plan).json().get("version").asLong();
        start(officer, plan, Map.of("timeLimitSeconds", 120));
        awaitBest(officer, plan);

        JsonNode current = officer.get(plan).json();
        assertThat(officer.put(
                                plan + "/weights",
                                Map.of(
                                        "version",
                                        current.get("version").asLong(),
                                        "weights",
                                        Map.of("travel-burden", 5)))
                        .status())
                .isEqualTo(409);
        Api.Answer closure = officer.post(
                plan + "/closures", Map.of("spaceId", "S1", "start", "2026-09-01T08:00", "end", "2026-09-01T09:00"));
        assertThat(closure.status()).as(closure.text()).isEqualTo(409);
        assertThat(closure.json().get("detail").asString()).contains("stop solving first");
        assertThat(officer.put(plan + "/solution", resource("/examples/hard-rules-solution.json"))
                        .status())
                .isEqualTo(409);
        assertThat(officer.delete(plan).status()).isEqualTo(409);
        assertThat(start(officer, plan, Map.of()).status())
                .as("one solve per plan")
                .isEqualTo(409);
        assertThat(officer.get(plan).json().get("version").asLong()).isGreaterThan(version);

        Api.Answer stopped = officer.delete(plan + "/solve");
        assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
        assertThat(stopped.json().get("state").asString()).isEqualTo("STOPPED");
        JsonNode score = officer.get(plan + "/solution").json().get("score");
        assertThat(stopped.json().get("bestScore").get("hard").asLong())
                .isEqualTo(score.get("hard").asLong());
        assertThat(stopped.json().get("bestScore").get("soft").asLong())
                .isEqualTo(score.get("soft").asLong());
        assertThat(stopped.json().get("timeSpentMs").asLong()).isLessThan(60_000L);

        long now = officer.get(plan).json().get("version").asLong();
        assertThat(officer.put(plan + "/weights", Map.of("version", now, "weights", Map.of("travel-burden", 5)))
                        .status())
                .as("edits are accepted again")
                .isEqualTo(200);
        assertThat(officer.delete(plan + "/solve").status())
                .as("nothing left to stop")
                .isEqualTo(409);
    }

    @Test
    void aSolveWithoutAFreeCoreIsQueuedAndSaysSo() throws IOException {
        Api officer = Api.as(port, "officer");
        String first = importExample(officer);
        String second = importExample(officer);
        start(officer, first, Map.of("timeLimitSeconds", 120));
        awaitState(officer, first, "SOLVING");

        Api.Answer queued = start(officer, second, Map.of("timeLimitSeconds", 120));
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().get("state").asString()).isEqualTo("QUEUED");
        assertThat(queued.json().get("queuePosition").asInt()).isEqualTo(1);

        Api.Answer cancelled = officer.delete(second + "/solve");
        assertThat(cancelled.json().get("state").asString()).isEqualTo("STOPPED");
        assertThat(cancelled.json().get("startedAt").isNull())
                .as("it never ran")
                .isTrue();
        assertThat(officer.delete(first + "/solve").json().get("state").asString())
                .isEqualTo("STOPPED");
    }

    @Test
    void theEventStreamTellsEachNewBestScoreAndEveryState() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = HttpClient.newHttpClient()
                .sendAsync(
                        officer.request(plan + "/solve/events")
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        await().atMost(PATIENCE).until(() -> lines.contains(":subscribed"));

        start(officer, plan, Map.of("timeLimitSeconds", 2));
        await().atMost(PATIENCE)
                .until(() -> lines.contains("event:state")
                        && lines.stream().anyMatch(line -> line.contains("\"FINISHED\"")));
        assertThat(lines).contains("event:best-score");
        assertThat(lines.stream().filter(line -> line.startsWith("data:") && line.contains("\"SOLVING\"")))
                .isNotEmpty();
        await("the stream ends with the solve").atMost(PATIENCE).until(stream::isDone);
    }

    /**
     * A solve of a plan the solver cannot better stood at "0.0 s" and "not scored" for its whole time:
     * the status now carries the starting score at once and the stream tells time and best every second.
     */
    @Test
    void theStatusSaysTheStartingScoreAtOnceAndTheStreamTellsTheTimeEverySecond() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        officer.request(plan + "/solve/events")
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        await().atMost(PATIENCE).until(() -> lines.contains(":subscribed"));

        start(officer, plan, Map.of("timeLimitSeconds", 5));
        JsonNode solving = await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> officer.get(plan + "/solve").json(),
                        status -> "SOLVING".equals(status.get("state").asString())
                                && !status.get("startingScore").isNull());
        assertThat(solving.get("bestScore").isNull())
                .as("the best so far is at least the start")
                .isFalse();
        assertThat(solving.get("bestScore").get("hard").asLong())
                .isGreaterThanOrEqualTo(solving.get("startingScore").get("hard").asLong());

        awaitState(officer, plan, "FINISHED");
        List<Long> clock = lines.stream()
                .filter(line -> line.startsWith("data:")
                        && line.contains("\"state\":\"SOLVING\"")
                        && line.contains("\"startingScore\":{"))
                .map(line -> JSON.readTree(line.substring("data:".length()))
                        .get("timeSpentMs")
                        .asLong())
                .distinct()
                .toList();
        assertThat(clock)
                .as("a status each second of a 5 s solve, its clock running")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(clock).isSorted();
        assertThat(officer.get(plan + "/solve").json().get("startingScore").isNull())
                .as("an ended solve is told by its saved best alone")
                .isTrue();
    }

    @Test
    void aTimeLimitOutsideOneSecondToThirtyMinutesIsRefusedNamingTheField() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        for (long seconds : new long[] {0, 1801}) {
            Api.Answer refused = officer.post(plan + "/solve", Map.of("timeLimitSeconds", seconds));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("path").asString())
                    .isEqualTo("timeLimitSeconds");
        }
        assertThat(officer.get(plan + "/solve").status()).as("never solved").isEqualTo(404);
    }

    @Test
    void plannersSolveScenariosOnlyAndVenueManagersSeeNoSolves() throws IOException {
        Api officer = Api.as(port, "officer");
        String plan = importExample(officer);
        assertThat(Api.as(port, "planner")
                        .post(plan + "/solve", Map.of("timeLimitSeconds", 1))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "manager").get(plan + "/solve").status()).isEqualTo(403);
        assertThat(Api.as(port, "manager").get(plan + "/solve/events").status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(plan + "/solve").status()).isEqualTo(401);
    }

    private Api.Answer start(Api api, String plan, Map<String, ?> body) {
        Api.Answer answer = api.post(plan + "/solve", body);
        if (answer.status() == 202) {
            solving.add(plan);
        }
        return answer;
    }

    private static JsonNode awaitState(Api api, String plan, String state) {
        return await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get(plan + "/solve").json(),
                        status -> state.equals(status.get("state").asString()));
    }

    private static void awaitBest(Api api, String plan) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get(plan + "/solve").json(),
                        status -> status.get("bestScore") != null
                                && !status.get("bestScore").isNull());
    }

    static String importExample(Api officer) throws IOException {
        Api.Answer imported = officer.post("/api/plans/import", resource("/examples/hard-rules-plan.json"));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        return imported.header("Location");
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SolveIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
