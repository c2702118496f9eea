package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocolplanner.exchange.TestDocuments.RICH_PLAN;
import static org.protocolplanner.exchange.TestDocuments.remove;
import static org.protocolplanner.exchange.TestDocuments.set;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * One case per rule of the format's "Validation" section (and per path rule of its table): the rich
 * test plan with one value broken must be refused, naming that value's path first.
 *
 * <p>Indexes in the rich plan: venues cncc (spaces ballroom, room-1, room-2, rooms-1-2 made of room-1
 * and room-2), diaoyutai (fangfeiyuan),
 * art-798 (no spaces), beijing-hotel (hall); delegations del-ke, del-xx, del-br; events ev-000,
 * ev-001 (every field), ev-002 (only required fields); closures: plain, derived, plain.
 */
class MalformedPlanDocumentTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    static Stream<Arguments> oneRuleBroken() {
        return Stream.of(
                // not this format
                only(
                        "format",
                        "format must be \"protocol-planner/plan\", not \"protocol-planner/solution\"",
                        set("format", "'protocol-planner/solution'")),
                only("format", "missing required field 'format'", remove("format")),
                only("version", "version must be 1, not 2", set("version", "2")),
                only("version", "version must be 1, not \"1\"", set("version", "'1'")),
                only("version", "version must be 1, not 1.0", set("version", "1.0")),
                only("version", "missing required field 'version'", remove("version")),
                // a required field missing
                only("name", "missing required field 'name'", remove("name")),
                only("horizon", "missing required field 'horizon'", remove("horizon")),
                only("horizon.start", "missing required field 'start'", remove("horizon.start")),
                only("venues[0].lat", "missing required field 'lat'", remove("venues[0].lat")),
                only("venues[2].lon", "missing required field 'lon'", remove("venues[2].lon")),
                only("venues[2].spaces", "missing required field 'spaces'", remove("venues[2].spaces")),
                only(
                        "venues[0].spaces[1].capacity",
                        "missing required field 'capacity'",
                        remove("venues[0].spaces[1].capacity")),
                only("delegations[1].headRank", "missing required field 'headRank'", remove("delegations[1].headRank")),
                only("events[2].layout", "missing required field 'layout'", remove("events[2].layout")),
                only("events[1].pinned.start", "missing required field 'start'", remove("events[1].pinned.start")),
                only(
                        "events[1].published.spaceId",
                        "missing required field 'spaceId'",
                        remove("events[1].published.spaceId")),
                only("closures[0].spaceId", "missing required field 'spaceId'", remove("closures[0].spaceId")),
                only(
                        "venues[0].spaces[0].open[0].from",
                        "missing required field 'from'",
                        remove("venues[0].spaces[0].open[0].from")),
                // a wrong JSON type
                only(
                        "events[1].headcount",
                        "headcount must be a whole number, not a string",
                        set("events[1].headcount", "'30'")),
                only(
                        "events[1].headcount",
                        "headcount must be a whole number, not 30.5",
                        set("events[1].headcount", "30.5")),
                only(
                        "events[2].durationMinutes",
                        "durationMinutes must be a whole number, not 40.0",
                        set("events[2].durationMinutes", "40.0")),
                only("name", "name must be a string, not a number", set("name", "42")),
                only("events[2].title", "title must be a string, not null", set("events[2].title", "null")),
                only("venues[1].lat", "lat must be a number, not a string", set("venues[1].lat", "'39.9'")),
                only(
                        "events[1].confidential",
                        "confidential must be true or false, not a string",
                        set("events[1].confidential", "'yes'")),
                only("venues", "venues must be a list, not an object", set("venues", "{}")),
                only(
                        "events[1].delegations[0]",
                        "delegations[0] must be a string, not a number",
                        set("events[1].delegations[0]", "7")),
                only("travel", "travel must be an object, not a list", set("travel", "[]")),
                only(
                        "venues[0].spaces[3].parts",
                        "parts must be a list, not a string",
                        set("venues[0].spaces[3].parts", "'cncc-room-1'")),
                only(
                        "venues[0].spaces[3].parts[1]",
                        "parts[1] must be a string, not a number",
                        set("venues[0].spaces[3].parts[1]", "2")),
                only(
                        "events[1].pinned.start",
                        "start '2026-09-02 10:00' is not a local date-time",
                        set("events[1].pinned.start", "'2026-09-02 10:00'")),
                only(
                        "delegations[0].arrival",
                        "arrival '2026-09-01T10:00+08:00' is not a local date-time",
                        set("delegations[0].arrival", "'2026-09-01T10:00+08:00'")),
                only(
                        "horizon.end",
                        "end '2026-02-30T00:00' is not a local date-time",
                        set("horizon.end", "'2026-02-30T00:00'")),
                only(
                        "venues[0].spaces[0].open[0].from",
                        "from '7:00' is not a time of day like 09:30",
                        set("venues[0].spaces[0].open[0].from", "'7:00'")),
                only(
                        "venues[0].spaces[0].open[0].from",
                        "from '24:00' is not a time of day",
                        set("venues[0].spaces[0].open[0].from", "'24:00'")),
                // an unknown enum value
                only(
                        "events[1].layout",
                        "unknown layout 'BANQUETTE'; expected one of THEATRE, BANQUET, RECEPTION",
                        set("events[1].layout", "'BANQUETTE'")),
                only("events[0].type", "unknown event type 'PARADE'", set("events[0].type", "'PARADE'")),
                only("delegations[2].headRank", "unknown head rank 'KING'", set("delegations[2].headRank", "'KING'")),
                only(
                        "events[1].requiredFeatures[0]",
                        "unknown feature 'WIFI'",
                        set("events[1].requiredFeatures[0]", "'WIFI'")),
                only(
                        "venues[1].spaces[0].features[2]",
                        "unknown feature 'accessible'",
                        set("venues[1].spaces[0].features[2]", "'accessible'")),
                only(
                        "venues[3].securityGrade",
                        "unknown security grade 'D'; expected one of A, B, C",
                        set("venues[3].securityGrade", "'D'")),
                only(
                        "events[1].minSecurityGrade",
                        "unknown security grade 'AA'",
                        set("events[1].minSecurityGrade", "'AA'")),
                only(
                        "venues[0].spaces[1].capacity.BANQUETTE",
                        "unknown layout 'BANQUETTE'",
                        set("venues[0].spaces[1].capacity.BANQUETTE", "10")),
                // time zone
                only("timeZone", "unknown time zone 'Mars/Olympus'", set("timeZone", "'Mars/Olympus'")),
                only(
                        "timeZone",
                        "time zone 'Europe/Berlin' changes its offset between the horizon's start and end",
                        set("timeZone", "'Europe/Berlin'").andThen(set("horizon.end", "'2026-10-31T00:00'"))),
                // ids
                only("venues[0].id", "id 'cncc hall' breaks the id rule", set("venues[0].id", "'cncc hall'")),
                only("events[2].id", "id '' breaks the id rule", set("events[2].id", "''")),
                only("events[2].id", "breaks the id rule", set("events[2].id", "'" + "e".repeat(65) + "'")),
                only(
                        "venues[2].id",
                        "duplicate venue id 'cncc' (first at venues[0].id)",
                        set("venues[2].id", "'cncc'")),
                only(
                        "venues[3].spaces[0].id",
                        "duplicate space id 'cncc-room-1' (first at venues[0].spaces[1].id)",
                        set("venues[3].spaces[0].id", "'cncc-room-1'")),
                first(
                        "delegations[2].id",
                        "duplicate delegation id 'del-ke' (first at delegations[0].id)",
                        set("delegations[2].id", "'del-ke'")),
                only(
                        "events[2].id",
                        "duplicate event id 'ev-000' (first at events[0].id)",
                        set("events[2].id", "'ev-000'")),
                // a value listed twice, or a delegation kept apart from itself
                only(
                        "events[1].delegations[1]",
                        "'del-ke' is listed twice (first at events[1].delegations[0])",
                        set("events[1].delegations", "['del-ke', 'del-ke']")),
                only(
                        "events[1].requiredFeatures[1]",
                        "'INTERPRETATION' is listed twice",
                        set("events[1].requiredFeatures", "['INTERPRETATION', 'INTERPRETATION']")),
                only("events[1].after[1]", "'ev-000' is listed twice", set("events[1].after", "['ev-000', 'ev-000']")),
                only(
                        "events[1].preferredSpaces[1]",
                        "'diaoyutai-fangfeiyuan' is listed twice",
                        set("events[1].preferredSpaces", "['diaoyutai-fangfeiyuan', 'diaoyutai-fangfeiyuan']")),
                only(
                        "events[1].excludedSpaces[2]",
                        "'cncc-ballroom' is listed twice",
                        set("events[1].excludedSpaces", "['cncc-ballroom', 'cncc-room-1', 'cncc-ballroom']")),
                only(
                        "delegations[0].separateFrom[1]",
                        "'del-xx' is listed twice",
                        set("delegations[0].separateFrom", "['del-xx', 'del-xx']")),
                only(
                        "venues[0].spaces[0].features[3]",
                        "'STAGE' is listed twice",
                        set("venues[0].spaces[0].features", "['INTERPRETATION', 'STAGE', 'KITCHEN', 'STAGE']")),
                only(
                        "venues[0].spaces[3].parts[1]",
                        "'cncc-room-1' is listed twice (first at venues[0].spaces[3].parts[0])",
                        set("venues[0].spaces[3].parts", "['cncc-room-1', 'cncc-room-1']")),
                only(
                        "delegations[0].separateFrom[1]",
                        "delegation 'del-ke' cannot be kept apart from itself",
                        set("delegations[0].separateFrom", "['del-xx', 'del-ke']")),
                // a reference that names nothing
                only(
                        "events[1].delegations[0]",
                        "delegation 'del-zz' is not defined",
                        set("events[1].delegations[0]", "'del-zz'")),
                only("events[1].after[0]", "event 'ev-999' is not defined", set("events[1].after[0]", "'ev-999'")),
                only(
                        "events[1].preferredSpaces[0]",
                        "space 'nowhere' is not defined",
                        set("events[1].preferredSpaces[0]", "'nowhere'")),
                only(
                        "events[1].excludedSpaces[0]",
                        "space 'cncc' is not defined",
                        set("events[1].excludedSpaces[0]", "'cncc'")),
                only(
                        "events[1].pinned.spaceId",
                        "space 'ghost-hall' is not defined",
                        set("events[1].pinned.spaceId", "'ghost-hall'")),
                only(
                        "events[1].published.spaceId",
                        "space 'ghost-hall' is not defined",
                        set("events[1].published.spaceId", "'ghost-hall'")),
                only(
                        "delegations[2].hotelVenueId",
                        "venue 'ritz' is not defined",
                        set("delegations[2].hotelVenueId", "'ritz'")),
                only(
                        "delegations[0].separateFrom[0]",
                        "delegation 'del-zz' is not defined",
                        set("delegations[0].separateFrom[0]", "'del-zz'")),
                only(
                        "venues[0].spaces[3].parts[1]",
                        "space 'cncc-room-9' is not defined",
                        set("venues[0].spaces[3].parts[1]", "'cncc-room-9'")),
                only(
                        "closures[2].spaceId",
                        "space 'cncc-room-9' is not defined",
                        set("closures[2].spaceId", "'cncc-room-9'")),
                only(
                        "constraintWeights.space-conflict",
                        "'space-conflict' is no soft constraint id",
                        set("constraintWeights.space-conflict", "5")),
                only(
                        "constraintWeights.travelBurden",
                        "expected one of rank-prestige, equal-treatment",
                        set("constraintWeights.travelBurden", "5")),
                // a space's parts: of its own venue, not itself, not divided themselves; the referring value
                only(
                        "venues[0].spaces[3].parts[1]",
                        "space 'diaoyutai-fangfeiyuan' is in venue 'diaoyutai': a space is made of spaces of its own venue",
                        set("venues[0].spaces[3].parts[1]", "'diaoyutai-fangfeiyuan'")),
                only(
                        "venues[0].spaces[3].parts[0]",
                        "space 'cncc-rooms-1-2' cannot be a part of itself",
                        set("venues[0].spaces[3].parts[0]", "'cncc-rooms-1-2'")),
                only(
                        "venues[0].spaces[0].parts[0]",
                        "space 'cncc-rooms-1-2' has parts of its own, so it cannot be a part",
                        set("venues[0].spaces[0].parts", "['cncc-rooms-1-2']")),
                only(
                        "venues[0].spaces[3].parts[0]",
                        "space 'cncc-room-1' has parts of its own, so it cannot be a part",
                        set("venues[0].spaces[1].parts", "['cncc-room-2']")),
                // after cycles: the after list of the cycle's first event in document order
                only(
                        "events[0].after",
                        "'after' forms a cycle through events 'ev-000', 'ev-001'",
                        set("events[0].after", "['ev-001']")),
                only(
                        "events[1].after",
                        "'after' forms a cycle through events 'ev-001', 'ev-002'",
                        set("events[1].after", "['ev-002']").andThen(set("events[2].after", "['ev-001']"))),
                only(
                        "events[2].after",
                        "'after' forms a cycle through event 'ev-002'",
                        set("events[2].after", "['ev-002']")),
                // a number out of range
                only("venues[0].lat", "lat must be from -90 to 90, not 90.5", set("venues[0].lat", "90.5")),
                only("venues[0].lon", "lon must be from -180 to 180, not -181", set("venues[0].lon", "-181")),
                only("venues[1].prestige", "prestige must be from 1 to 10, not 11", set("venues[1].prestige", "11")),
                only("events[0].priority", "priority must be from 1 to 10, not 0", set("events[0].priority", "0")),
                only("events[0].headcount", "headcount must be at least 1, not 0", set("events[0].headcount", "0")),
                only("delegations[1].size", "size must be at least 1, not -3", set("delegations[1].size", "-3")),
                only(
                        "events[2].durationMinutes",
                        "durationMinutes must be at least 1, not 0",
                        set("events[2].durationMinutes", "0")),
                only(
                        "events[2].durationMinutes",
                        "durationMinutes must be at least 1, not 99999999999",
                        set("events[2].durationMinutes", "99999999999")),
                only(
                        "venues[0].spaces[0].capacity.THEATRE",
                        "THEATRE must be at least 0, not -1",
                        set("venues[0].spaces[0].capacity.THEATRE", "-1")),
                only(
                        "venues[1].spaces[0].turnoverMinutes",
                        "turnoverMinutes must be at least 0, not -5",
                        set("venues[1].spaces[0].turnoverMinutes", "-5")),
                only("horizon.grainMinutes", "grainMinutes must divide 60", set("horizon.grainMinutes", "7")),
                only(
                        "horizon.grainMinutes",
                        "grainMinutes must be from 5 to 60, not 120",
                        set("horizon.grainMinutes", "120")),
                only(
                        "horizon.grainMinutes",
                        "grainMinutes must be from 5 to 60, not 4",
                        set("horizon.grainMinutes", "4")),
                only("travel.speedKmh", "speedKmh must be greater than 0, not 0", set("travel.speedKmh", "0")),
                only("travel.roadFactor", "roadFactor must be at least 1, not 0.9", set("travel.roadFactor", "0.9")),
                only(
                        "travel.fixedMinutes",
                        "fixedMinutes must be at least 0, not -1",
                        set("travel.fixedMinutes", "-1")),
                only(
                        "constraintWeights.capacity-fit",
                        "capacity-fit must be from 0 to 1000, not 1001",
                        set("constraintWeights.capacity-fit", "1001")),
                only(
                        "constraintWeights.travel-burden",
                        "travel-burden must be a whole number, not 2.5",
                        set("constraintWeights.travel-burden", "2.5")),
                // a period that runs backwards: the later bound
                only(
                        "horizon.end",
                        "end 2026-09-01T00:00 is not after start 2026-09-01T00:00",
                        set("horizon.end", "'2026-09-01T00:00'")),
                only(
                        "delegations[1].departure",
                        "departure 2026-09-01T20:00 is not after arrival 2026-09-02T08:00",
                        set("delegations[1].departure", "'2026-09-01T20:00'")),
                only(
                        "venues[0].spaces[0].blackouts[1].end",
                        "end 2026-09-06T12:00 is not after start 2026-09-06T12:00:30",
                        set("venues[0].spaces[0].blackouts[1].end", "'2026-09-06T12:00'")),
                only(
                        "closures[1].end",
                        "end 2026-09-06T08:30 is not after start 2026-09-06T08:30",
                        set("closures[1].end", "'2026-09-06T08:30'")),
                only(
                        "venues[0].spaces[1].open[1].to",
                        "to 08:00 is not after from 08:00",
                        set("venues[0].spaces[1].open[1].to", "'08:00'")),
                only(
                        "events[1].latestEnd",
                        "latestEnd 2026-09-01T20:00 is not after earliestStart 2026-09-02T08:00",
                        set("events[1].latestEnd", "'2026-09-01T20:00'")),
                // a pinned or published start off the grain or the horizon
                only(
                        "events[1].pinned.start",
                        "pinned start 2026-09-02T10:10 is not on the 15-minute grain",
                        set("events[1].pinned.start", "'2026-09-02T10:10'")),
                only(
                        "events[1].pinned.start",
                        "pinned start 2026-09-02T10:00:30 is not on the 15-minute grain",
                        set("events[1].pinned.start", "'2026-09-02T10:00:30'")),
                only(
                        "events[1].pinned.start",
                        "pinned start 2026-09-08T00:00 is outside the horizon",
                        set("events[1].pinned.start", "'2026-09-08T00:00'")),
                only(
                        "events[1].published.start",
                        "published start 2026-08-31T23:45 is outside the horizon",
                        set("events[1].published.start", "'2026-08-31T23:45'")),
                only(
                        "events[1].published.start",
                        "published start 2026-09-02T09:45 is not on the 20-minute grain",
                        set("horizon.grainMinutes", "20")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("oneRuleBroken")
    void refusesTheDocumentNamingTheBrokenValueFirst(
            String path, String message, boolean onlyError, Consumer<ObjectNode> edit) {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        edit.accept(document);

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.errors().get(0).path()).isEqualTo(path);
                    assertThat(e.errors().get(0).message()).contains(message);
                    assertThat(e.getMessage()).isEqualTo(e.errors().get(0).message());
                    assertThat(e.tooLarge()).isFalse();
                    if (onlyError) {
                        assertThat(e.errors()).hasSize(1);
                    }
                });
    }

    /** The broken value is the only error: nothing else is reported because of it. */
    private static Arguments only(String path, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(path, message, true, edit);
    }

    /** The broken value is reported first, and others follow from it (a renamed id leaves references dangling). */
    private static Arguments first(String path, String message, Consumer<ObjectNode> edit) {
        return Arguments.of(path, message, false, edit);
    }
}
