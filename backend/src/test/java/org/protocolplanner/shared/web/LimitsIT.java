package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits table of docs/api.md is what the API does: for every row, both bounds are accepted and one
 * step outside either is refused with 400 naming the field. A bad number is refused, never saved as the
 * nearest value in range.
 */
@IntegrationTest
class LimitsIT {

    /** Relative to the backend module, where Maven runs its tests. */
    private static final Path API_DOC = Path.of("..", "docs", "api.md");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    /** One row of the table: the request body, the field's path, its bounds and the step one outside. */
    record Limit(String body, String field, BigDecimal from, BigDecimal to, BigDecimal step) {}

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Limit limit : limits()) {
            cases.add(Arguments.of(limit.body(), limit.field(), limit.from(), true));
            cases.add(Arguments.of(limit.body(), limit.field(), limit.to(), true));
            cases.add(Arguments.of(limit.body(), limit.field(), limit.from().subtract(limit.step()), false));
            cases.add(Arguments.of(limit.body(), limit.field(), limit.to().add(limit.step()), false));
        }
        return cases.stream();
    }

    /** The rows of the table under the heading "### Limits". */
    static List<Limit> limits() throws IOException {
        List<String> lines = Files.readAllLines(API_DOC, StandardCharsets.UTF_8);
        int heading = lines.indexOf("### Limits");
        assertThat(heading).as("docs/api.md has a section '### Limits'").isNotNegative();
        List<Limit> limits = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            if (cells[1].isBlank()
                    || cells[1].contains("---")
                    || cells[1].trim().equals("body")) {
                continue;
            }
            limits.add(new Limit(
                    firstCode(cells[1]),
                    firstCode(cells[2]),
                    new BigDecimal(cells[3].trim()),
                    new BigDecimal(cells[4].trim()),
                    new BigDecimal(cells[5].trim())));
        }
        assertThat(limits).as("the limits table of docs/api.md").hasSizeGreaterThan(10);
        return limits;
    }

    private static String firstCode(String cell) {
        Matcher matcher = CODE.matcher(cell);
        assertThat(matcher.find()).as("a `name` in " + cell).isTrue();
        return matcher.group(1);
    }

    @ParameterizedTest(name = "{0} {1} = {2}: accepted {3}")
    @MethodSource("cases")
    void aValueInsideIsAcceptedAndOneStepOutsideIsRefusedNamingTheField(
            String body, String field, BigDecimal value, boolean accepted) {
        Api.Answer answer = send(body, field, value);
        if (accepted) {
            assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(400);
            assertThat(answer.json().get("errors").findValuesAsString("path"))
                    .as(answer.text())
                    .contains(field);
        }
    }

    @Test
    void aNegativeCapacityIsRefusedAndTheStoredOneStays() {
        Api officer = Api.as(port, "officer");
        String venue = newVenue(officer);
        Api.Answer created = officer.post(venue + "/spaces", """
                {"id": "%s", "nameEn": "Ballroom", "capacity": {"THEATRE": 3500}}""".formatted(unique("ballroom")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode space = created.json().get("spaces").get(0);

        Api.Answer refused = officer.put(venue + "/spaces/" + space.get("id").asString(), """
                {"nameEn": "Ballroom", "capacity": {"THEATRE": -10}, "version": %d}""".formatted(
                        space.get("version").asLong()));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("path").asString()).isEqualTo("capacity.THEATRE");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be at least 1");
        assertThat(officer.get(venue)
                        .json()
                        .get("spaces")
                        .get(0)
                        .get("capacity")
                        .get("THEATRE")
                        .asInt())
                .isEqualTo(3500);
    }

    @Test
    void aFractionATextOrAHugeNumberWhereAWholeNumberBelongsIsRefusedNotRounded() {
        Api officer = Api.as(port, "officer");
        String plan = newPlan(officer);
        Map<String, String> refusals = Map.of(
                "30.5",
                "must be a whole number, not 30.5",
                "\"30\"",
                "must be a whole number",
                "99999999999",
                "is out of range");
        refusals.forEach((headcount, message) -> {
            Api.Answer answer = officer.post(
                    plan + "/engagements",
                    engagement()
                            .put("id", unique("ev"))
                            .toString()
                            .replace("\"headcount\":10", "\"headcount\":" + headcount));
            assertThat(answer.status()).as(answer.text()).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("path").asString())
                    .isEqualTo("headcount");
            assertThat(answer.json().get("errors").get(0).get("message").asString())
                    .isEqualTo(message);
        });
        assertThat(officer.get(plan + "/engagements")
                        .json()
                        .get("totalElements")
                        .asInt())
                .isZero();
    }

    @Test
    void theMessageIsInTheLanguageTheCallerAsksFor() {
        Api officer = Api.as(port, "officer");
        String plan = newPlan(officer);
        ObjectNode body = engagement().put("id", unique("ev")).put("headcount", 0);
        body.remove("layout");
        Api.Answer answer = officer.send(officer.request(plan + "/engagements")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("message"))
                .containsExactlyInAnyOrder("不能小于 1", "为必填项");
        assertThat(answer.json().get("errors").findValuesAsString("path"))
                .containsExactlyInAnyOrder("headcount", "layout");
    }

    // --- the requests of the table's bodies, each valid but for the field under test

    private Api.Answer send(String body, String field, BigDecimal value) {
        Api officer = Api.as(port, "officer");
        return switch (body) {
            case "SpaceRequest" ->
                officer.post(
                        newVenue(officer) + "/spaces",
                        with(
                                Api.json()
                                        .createObjectNode()
                                        .put("id", unique("space"))
                                        .put("nameEn", "Hall")
                                        .set(
                                                "capacity",
                                                Api.json().createObjectNode().put("THEATRE", 100)),
                                field,
                                value));
            case "VenueRequest" -> officer.post("/api/venues", with(venue(), field, value));
            case "DelegationRequest" ->
                officer.post(
                        newPlan(officer) + "/delegations",
                        with(
                                Api.json()
                                        .createObjectNode()
                                        .put("id", unique("del"))
                                        .put("name", "Kenya")
                                        .put("headRank", "HEAD_OF_STATE")
                                        .put("size", 20)
                                        .put("arrival", "2027-05-10T08:00")
                                        .put("departure", "2027-05-11T20:00"),
                                field,
                                value));
            case "EngagementRequest" ->
                officer.post(
                        newPlan(officer) + "/engagements", with(engagement().put("id", unique("ev")), field, value));
            case "WeightsRequest" -> {
                String plan = newPlan(officer);
                long version = officer.get(plan).json().get("version").asLong();
                yield officer.put(
                        plan + "/weights", with(Api.json().createObjectNode().put("version", version), field, value));
            }
            case "PlanRequest" -> officer.post("/api/plans", with(plan(), field, value));
            default -> throw new IllegalArgumentException("docs/api.md names a body this test cannot send: " + body);
        };
    }

    /** {@code node} with {@code value} at the dotted {@code path}, as a JSON number. */
    private static String with(ObjectNode node, String path, BigDecimal value) {
        String[] names = path.split("\\.");
        ObjectNode parent = node;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.has(names[i]) ? (ObjectNode) parent.get(names[i]) : parent.putObject(names[i]);
        }
        parent.put(names[names.length - 1], value);
        return node.toString();
    }

    private String newVenue(Api officer) {
        Api.Answer created = officer.post("/api/venues", venue().toString());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.header("Location");
    }

    private String newPlan(Api officer) {
        Api.Answer created = officer.post("/api/plans", plan().toString());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.header("Location");
    }

    private static ObjectNode venue() {
        return Api.json()
                .createObjectNode()
                .put("id", unique("venue"))
                .put("nameEn", "Limits Hall")
                .put("lat", 39.9)
                .put("lon", 116.4)
                .put("prestige", 5);
    }

    private static ObjectNode plan() {
        return Api.json()
                .createObjectNode()
                .put("name", "Limits")
                .put("horizonStart", "2027-05-10T00:00")
                .put("horizonEnd", "2027-05-12T00:00");
    }

    private static ObjectNode engagement() {
        return Api.json()
                .createObjectNode()
                .put("title", "Talks")
                .put("type", "BILATERAL_TALKS")
                .put("headcount", 10)
                .put("layout", "ROUNDTABLE")
                .put("durationMinutes", 60);
    }

    /** Ids unique across runs on the shared test database. */
    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + NEXT.incrementAndGet();
    }
}
