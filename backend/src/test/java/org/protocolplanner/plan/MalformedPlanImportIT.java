package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.DatabaseSnapshot;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every validation rule of docs/reference/exchange-format.md, fed to {@code POST /api/plans/import} over real
 * HTTP: the status, the exact path of the first error, and not one row changed anywhere.
 */
@IntegrationTest
class MalformedPlanImportIT {

    private static byte[] validDocument;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void readExample() throws IOException {
        try (InputStream in = MalformedPlanImportIT.class.getResourceAsStream("/examples/hard-rules-plan.json")) {
            validDocument = in.readAllBytes();
        }
    }

    static Stream<Arguments> malformedDocuments() {
        return Stream.of(
                broken("wrong format", 400, "format", d -> d.put("format", "protocol-planner/solution")),
                broken("wrong version", 400, "version", d -> d.put("version", 2)),
                broken("missing name", 400, "name", d -> d.remove("name")),
                broken(
                        "missing layout",
                        400,
                        "events[3].layout",
                        d -> event(d, 3).remove("layout")),
                broken(
                        "string for a number",
                        400,
                        "events[8].headcount",
                        d -> event(d, 8).put("headcount", "ten")),
                broken(
                        "number for a string",
                        400,
                        "events[2].title",
                        d -> event(d, 2).put("title", 12)),
                broken(
                        "unknown layout",
                        400,
                        "events[0].layout",
                        d -> event(d, 0).put("layout", "BANQUETTE")),
                broken(
                        "unknown event type",
                        400,
                        "events[1].type",
                        d -> event(d, 1).put("type", "PARADE")),
                broken(
                        "unknown rank",
                        400,
                        "delegations[0].headRank",
                        d -> delegation(d, 0).put("headRank", "KING")),
                broken(
                        "unknown feature",
                        400,
                        "venues[0].spaces[0].features[0]",
                        d -> ((ArrayNode) space(d, 0, 0).get("features")).set(0, "WIFI")),
                broken(
                        "unknown grade",
                        400,
                        "venues[1].securityGrade",
                        d -> venue(d, 1).put("securityGrade", "D")),
                broken("unknown time zone", 400, "timeZone", d -> d.put("timeZone", "Mars/Olympus_Mons")),
                broken("offset change in the horizon", 400, "timeZone", d -> {
                    d.put("timeZone", "America/Santiago");
                    ((ObjectNode) d.get("horizon")).put("end", "2026-09-08T00:00");
                }),
                broken("bad id", 400, "events[0].id", d -> event(d, 0).put("id", "bad id!")),
                broken(
                        "duplicate event id",
                        400,
                        "events[1].id",
                        d -> event(d, 1).put("id", "E1")),
                broken(
                        "duplicate space id",
                        400,
                        "venues[1].spaces[0].id",
                        d -> space(d, 1, 0).put("id", "S1")),
                broken(
                        "duplicate delegation in a list",
                        400,
                        "events[0].delegations[1]",
                        d -> ((ArrayNode) event(d, 0).get("delegations")).add("D1")),
                broken(
                        "duplicate required feature",
                        400,
                        "events[0].requiredFeatures[1]",
                        d -> ((ArrayNode) event(d, 0).get("requiredFeatures")).add("INTERPRETATION")),
                broken(
                        "kept apart from itself",
                        400,
                        "delegations[0].separateFrom[0]",
                        d -> ((ArrayNode) delegation(d, 0).get("separateFrom")).set(0, "D1")),
                broken(
                        "unknown delegation",
                        400,
                        "events[0].delegations[0]",
                        d -> ((ArrayNode) event(d, 0).get("delegations")).set(0, "D9")),
                broken(
                        "unknown after event",
                        400,
                        "events[4].after[0]",
                        d -> ((ArrayNode) event(d, 4).get("after")).set(0, "E99")),
                broken(
                        "unknown preferred space",
                        400,
                        "events[0].preferredSpaces[0]",
                        d -> event(d, 0).putArray("preferredSpaces").add("S9")),
                broken(
                        "unknown excluded space",
                        400,
                        "events[0].excludedSpaces[0]",
                        d -> event(d, 0).putArray("excludedSpaces").add("S9")),
                broken(
                        "unknown pinned space",
                        400,
                        "events[9].pinned.spaceId",
                        d -> ((ObjectNode) event(d, 9).get("pinned")).put("spaceId", "S9")),
                broken(
                        "unknown hotel",
                        400,
                        "delegations[0].hotelVenueId",
                        d -> delegation(d, 0).put("hotelVenueId", "V9")),
                broken(
                        "unknown closure space",
                        400,
                        "closures[0].spaceId",
                        d -> d.putArray("closures")
                                .addObject()
                                .put("spaceId", "S9")
                                .put("start", "2026-09-01T08:00")
                                .put("end", "2026-09-01T09:00")),
                broken(
                        "weight of a hard rule",
                        400,
                        "constraintWeights.space-conflict",
                        d -> d.putObject("constraintWeights").put("space-conflict", 5)),
                broken(
                        "after cycle",
                        400,
                        "events[0].after",
                        d -> event(d, 0).putArray("after").add("E6")),
                broken(
                        "latitude out of range",
                        400,
                        "venues[0].lat",
                        d -> venue(d, 0).put("lat", 91)),
                broken(
                        "longitude out of range",
                        400,
                        "venues[1].lon",
                        d -> venue(d, 1).put("lon", -181)),
                broken(
                        "prestige out of range",
                        400,
                        "venues[0].prestige",
                        d -> venue(d, 0).put("prestige", 11)),
                broken(
                        "priority out of range",
                        400,
                        "events[8].priority",
                        d -> event(d, 8).put("priority", 0)),
                broken(
                        "headcount below 1",
                        400,
                        "events[0].headcount",
                        d -> event(d, 0).put("headcount", 0)),
                broken(
                        "size below 1",
                        400,
                        "delegations[1].size",
                        d -> delegation(d, 1).put("size", 0)),
                broken(
                        "duration below 1",
                        400,
                        "events[2].durationMinutes",
                        d -> event(d, 2).put("durationMinutes", 0)),
                broken(
                        "negative capacity",
                        400,
                        "venues[0].spaces[0].capacity.THEATRE",
                        d -> ((ObjectNode) space(d, 0, 0).get("capacity")).put("THEATRE", -1)),
                broken(
                        "negative turnover",
                        400,
                        "venues[0].spaces[0].turnoverMinutes",
                        d -> space(d, 0, 0).put("turnoverMinutes", -5)),
                broken(
                        "grain not a divisor of 60",
                        400,
                        "horizon.grainMinutes",
                        d -> ((ObjectNode) d.get("horizon")).put("grainMinutes", 7)),
                broken(
                        "speed not positive",
                        400,
                        "travel.speedKmh",
                        d -> ((ObjectNode) d.get("travel")).put("speedKmh", 0)),
                broken(
                        "road factor below 1",
                        400,
                        "travel.roadFactor",
                        d -> ((ObjectNode) d.get("travel")).put("roadFactor", 0.5)),
                broken(
                        "weight above 1000",
                        400,
                        "constraintWeights.travel-burden",
                        d -> d.putObject("constraintWeights").put("travel-burden", 1001)),
                broken(
                        "horizon backwards",
                        400,
                        "horizon.end",
                        d -> ((ObjectNode) d.get("horizon")).put("end", "2026-08-30T00:00")),
                broken(
                        "departure before arrival",
                        400,
                        "delegations[1].departure",
                        d -> delegation(d, 1).put("departure", "2026-09-01T07:00")),
                broken(
                        "blackout backwards",
                        400,
                        "venues[0].spaces[0].blackouts[0].end",
                        d -> ((ObjectNode) space(d, 0, 0).get("blackouts").get(0)).put("end", "2026-09-02T07:00")),
                broken(
                        "closure backwards",
                        400,
                        "closures[0].end",
                        d -> d.putArray("closures")
                                .addObject()
                                .put("spaceId", "S1")
                                .put("start", "2026-09-01T08:00")
                                .put("end", "2026-09-01T08:00")),
                broken(
                        "opening window backwards",
                        400,
                        "venues[0].spaces[0].open[0].to",
                        d -> ((ObjectNode) space(d, 0, 0).get("open").get(0)).put("to", "07:00")),
                broken(
                        "event window backwards",
                        400,
                        "events[4].latestEnd",
                        d -> event(d, 4).put("latestEnd", "2026-09-01T13:00")),
                broken(
                        "pinned start off the grain",
                        400,
                        "events[9].pinned.start",
                        d -> ((ObjectNode) event(d, 9).get("pinned")).put("start", "2026-09-02T12:05")),
                broken(
                        "pinned start outside the horizon",
                        400,
                        "events[9].pinned.start",
                        d -> ((ObjectNode) event(d, 9).get("pinned")).put("start", "2026-09-03T00:00")),
                broken(
                        "published start off the grain",
                        400,
                        "events[0].published.start",
                        d -> event(d, 0)
                                .putObject("published")
                                .put("spaceId", "S1")
                                .put("start", "2026-09-01T09:10")),
                broken(
                        "missing coordinates",
                        400,
                        "venues[0].lat",
                        d -> venue(d, 0).remove("lat")),
                broken(
                        "missing spaces",
                        400,
                        "venues[1].spaces",
                        d -> venue(d, 1).remove("spaces")),
                broken(
                        "part of another venue",
                        400,
                        "venues[0].spaces[0].parts[0]",
                        d -> space(d, 0, 0).putArray("parts").add("S2")),
                broken(
                        "part of itself",
                        400,
                        "venues[0].spaces[0].parts[0]",
                        d -> space(d, 0, 0).putArray("parts").add("S1")),
                broken(
                        "unknown part",
                        400,
                        "venues[0].spaces[0].parts[0]",
                        d -> space(d, 0, 0).putArray("parts").add("S9")),
                broken("part with parts", 400, "venues[0].spaces[0].parts[0]", d -> {
                    ArrayNode spaces = (ArrayNode) venue(d, 0).get("spaces");
                    spaces.addObject().put("id", "S3").put("name", "Wing").putObject("capacity");
                    spaces.addObject().put("id", "S4").put("name", "Annex").putObject("capacity");
                    space(d, 0, 0).putArray("parts").add("S3");
                    space(d, 0, 1).putArray("parts").add("S4");
                }),
                broken("too many delegations", 400, "delegations", d -> {
                    ArrayNode many = d.putArray("delegations");
                    for (int i = 0; i < 1001; i++) {
                        many.addObject()
                                .put("id", "d" + i)
                                .put("name", "n")
                                .put("headRank", "MINISTER")
                                .put("size", 1)
                                .put("arrival", "2026-09-01T08:00")
                                .put("departure", "2026-09-02T08:00");
                    }
                    d.putArray("events");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedDocuments")
    void refusesTheWholeDocumentNamingTheFirstOffendingPath(
            String rule, int status, String path, Consumer<ObjectNode> breakIt) {
        ObjectNode document = (ObjectNode) Api.json().readTree(validDocument);
        breakIt.accept(document);
        assertRefused(Api.json().writeValueAsBytes(document), status, path);
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertRefused("{\"format\": \"protocol-planner/plan\",".getBytes(), 400, "$");
    }

    @Test
    void refusesADocumentLargerThanTenMebibytesWith413() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        assertRefused(huge, 413, "$");
    }

    @Test
    void acceptsTheValidExampleAsANewLivePlan() {
        Api.Answer answer = Api.as(port, "officer").post("/api/plans/import", validDocument);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).matches("/api/plans/\\d+");
        assertThat(answer.json().get("name").asString()).isEqualTo("checker self-test");
    }

    private void assertRefused(byte[] body, int status, String path) {
        Map<String, Integer> before = DatabaseSnapshot.rowCounts(jdbc);
        Api.Answer answer = Api.as(port, "officer").post("/api/plans/import", body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = answer.json().get("errors");
        assertThat(errors.get(0).get("path").asString()).as(answer.text()).isEqualTo(path);
        assertThat(errors.get(0).get("message").asString()).isNotBlank();
        assertThat(answer.text()).doesNotContain("at org.", "Exception");
        assertThat(DatabaseSnapshot.rowCounts(jdbc)).isEqualTo(before);
    }

    private static Arguments broken(String rule, int status, String path, Consumer<ObjectNode> breakIt) {
        return Arguments.of(rule, status, path, breakIt);
    }

    private static ObjectNode event(ObjectNode document, int index) {
        return (ObjectNode) document.get("events").get(index);
    }

    private static ObjectNode delegation(ObjectNode document, int index) {
        return (ObjectNode) document.get("delegations").get(index);
    }

    private static ObjectNode venue(ObjectNode document, int index) {
        return (ObjectNode) document.get("venues").get(index);
    }

    private static ObjectNode space(ObjectNode document, int venue, int space) {
        return (ObjectNode) venue(document, venue).get("spaces").get(space);
    }
}
