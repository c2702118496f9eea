package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.protocolplanner.exchange.TestDocuments.RICH_PLAN;
import static org.protocolplanner.exchange.TestDocuments.utf8;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.HeadRank;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;
import org.protocolplanner.shared.web.InputError;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlanDocumentReaderTest {

    private static final String MINIMAL = """
            {"format": "protocol-planner/plan", "version": 1, "name": "Minimal",
             "horizon": {"start": "2026-09-01T00:00", "end": "2026-09-02T00:00"},
             "venues": [{"id": "v", "name": "V", "lat": 40, "lon": 116.5,
                         "spaces": [{"id": "s", "name": "S", "capacity": {"THEATRE": 10}}]}],
             "delegations": [{"id": "d", "name": "D", "headRank": "MINISTER", "size": 2,
                              "arrival": "2026-09-01T08:00", "departure": "2026-09-01T20:00"}],
             "events": [{"id": "e", "title": "E", "type": "BRIEFING", "headcount": 5, "layout": "THEATRE",
                         "durationMinutes": 30}]}
            """;

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void fillsEveryDefault() {
        PlanDocument plan = reader.read(utf8(MINIMAL));

        assertThat(plan.timeZone()).isEqualTo("Asia/Shanghai");
        assertThat(plan.horizon().grainMinutes()).isEqualTo(15);
        assertThat(plan.travel()).isEqualTo(new TravelModel(35, 1.3, 10));
        VenueDoc venue = plan.venues().get(0);
        assertThat(venue.securityGrade()).isEqualTo(SecurityGrade.C);
        assertThat(venue.prestige()).isEqualTo(5);
        SpaceDoc space = venue.spaces().get(0);
        assertThat(space.features()).isEmpty();
        assertThat(space.turnoverMinutes()).isZero();
        assertThat(space.open()).isEmpty();
        assertThat(space.parts()).isEmpty();
        assertThat(space.blackouts()).isEmpty();
        DelegationDoc delegation = plan.delegations().get(0);
        assertThat(delegation.country()).isNull();
        assertThat(delegation.hotelVenueId()).isNull();
        assertThat(delegation.separateFrom()).isEmpty();
        EventDoc event = plan.events().get(0);
        assertThat(event.delegations()).isEmpty();
        assertThat(event.requiredFeatures()).isEmpty();
        assertThat(event.preferredSpaces()).isEmpty();
        assertThat(event.excludedSpaces()).isEmpty();
        assertThat(event.after()).isEmpty();
        assertThat(event.priority()).isEqualTo(1);
        assertThat(event.confidential()).isFalse();
        assertThat(event.minSecurityGrade()).isNull();
        assertThat(event.earliestStart()).isNull();
        assertThat(event.latestEnd()).isNull();
        assertThat(event.pinned()).isNull();
        assertThat(event.published()).isNull();
        assertThat(plan.closures()).isEmpty();
        assertThat(plan.constraintWeights()).isEmpty();
    }

    @Test
    void treatsNullInAnOptionalFieldAsAbsent() {
        ObjectNode document = (ObjectNode) TestDocuments.json(MINIMAL);
        ((ObjectNode) document.get("events").get(0)).putNull("priority").putNull("minSecurityGrade");
        document.putNull("closures");

        PlanDocument plan = reader.read(TestDocuments.bytes(document));

        assertThat(plan.events().get(0).priority()).isEqualTo(1);
        assertThat(plan.events().get(0).minSecurityGrade()).isNull();
        assertThat(plan.closures()).isEmpty();
    }

    @Test
    void readsEveryFieldOfTheRichPlan() {
        PlanDocument plan = reader.readKeepingDerived(TestDocuments.resource(RICH_PLAN));

        SpaceDoc ballroom = plan.venues().get(0).spaces().get(0);
        // Capacity in Layout order, whatever the document's order.
        assertThat(ballroom.capacity().keySet()).containsExactly(Layout.THEATRE, Layout.BANQUET, Layout.RECEPTION);
        assertThat(ballroom.features()).containsExactly(Feature.INTERPRETATION, Feature.STAGE, Feature.KITCHEN);
        assertThat(ballroom.open()).containsExactly(new OpeningWindow(7 * 60, 23 * 60));
        assertThat(ballroom.blackouts())
                .containsExactly(
                        new Period(
                                LocalDateTime.of(2026, 9, 3, 0, 0), LocalDateTime.of(2026, 9, 3, 12, 0), "maintenance"),
                        new Period(LocalDateTime.of(2026, 9, 6, 12, 0, 30), LocalDateTime.of(2026, 9, 6, 13, 0), null));
        assertThat(plan.venues().get(0).spaces().get(1).open())
                .containsExactly(new OpeningWindow(0, 120), new OpeningWindow(8 * 60, 24 * 60));
        assertThat(plan.venues().get(3).spaces().get(0).capacity()).isEmpty();
        assertThat(ballroom.parts()).isEmpty();
        assertThat(plan.venues().get(0).spaces().get(3).parts()).containsExactly("cncc-room-1", "cncc-room-2");
        assertThat(plan.delegations().get(0))
                .isEqualTo(new DelegationDoc(
                        "del-ke",
                        "KE",
                        "Republic of Kenya",
                        HeadRank.HEAD_OF_STATE,
                        40,
                        LocalDateTime.of(2026, 9, 1, 10, 0),
                        LocalDateTime.of(2026, 9, 5, 18, 0),
                        "diaoyutai",
                        List.of("del-xx")));
        EventDoc talks = plan.events().get(1);
        assertThat(talks.pinned())
                .isEqualTo(new Placement("diaoyutai-fangfeiyuan", LocalDateTime.of(2026, 9, 2, 10, 0)));
        assertThat(talks.published())
                .isEqualTo(new Placement("diaoyutai-fangfeiyuan", LocalDateTime.of(2026, 9, 2, 9, 45)));
        assertThat(talks.minSecurityGrade()).isEqualTo(SecurityGrade.B);
        assertThat(talks.after()).containsExactly("ev-000");
        assertThat(talks.confidential()).isTrue();
        assertThat(plan.constraintWeights())
                .containsExactly(entry("travel-burden", 2), entry("capacity-fit", 0), entry("plan-stability", 1000));
    }

    @Test
    void acceptsAPartNamedBeforeItIsDeclaredAndSharedByTwoSpaces() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        ((ObjectNode) document.get("venues").get(0).get("spaces").get(0))
                .set("parts", TestDocuments.json("['cncc-room-2']"));

        PlanDocument plan = reader.read(TestDocuments.bytes(document));

        assertThat(plan.venues().get(0).spaces())
                .extracting(SpaceDoc::parts)
                .containsExactly(List.of("cncc-room-2"), List.of(), List.of(), List.of("cncc-room-1", "cncc-room-2"));
    }

    @Test
    void importDropsDerivedClosuresWhileTheSolverKeepsThem() {
        byte[] json = TestDocuments.resource(RICH_PLAN);

        assertThat(reader.read(json).closures()).extracting(ClosureDoc::derived).containsExactly(false, false);
        assertThat(reader.readKeepingDerived(json).closures())
                .extracting(ClosureDoc::derived)
                .containsExactly(false, true, false);
    }

    @Test
    void collectsEveryErrorInDocumentOrderWhateverTheOrderOfTheChecks() {
        // events before venues, a missing field, a reference and a backwards horizon whose end comes first
        String document = """
                {"events": [{"id": "e1", "title": "t", "type": "PLENARY", "headcount": 0,
                             "delegations": ["ghost"], "durationMinutes": 60},
                            {"id": "e2", "title": "t", "type": "PLENARY", "headcount": 1, "layout": "STAGE",
                             "durationMinutes": 60}],
                 "format": "protocol-planner/plan", "version": 1, "name": "n",
                 "venues": [{"id": "v 1", "name": "v", "lat": 100, "lon": 0, "spaces": []}],
                 "horizon": {"end": "2026-09-01T00:00", "start": "2026-09-02T00:00"}}
                """;

        assertThatThrownBy(() -> reader.read(utf8(document)))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputError::path)
                                .containsExactly(
                                        "events[0].headcount",
                                        "events[0].delegations[0]",
                                        "events[0].layout",
                                        "events[1].layout",
                                        "venues[0].id",
                                        "venues[0].lat",
                                        "horizon.end"));
    }

    @Test
    void reportsAWrongFormatAloneBecauseNoOtherRuleAppliesThen() {
        String document = """
                {"format": "protocol-planner/solution", "version": 2, "name": 7, "events": 3}
                """;

        assertThatThrownBy(() -> reader.read(utf8(document)))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors()).extracting(InputError::path).containsExactly("format", "version"));
    }

    @Test
    void doesNotCheckReferencesToAKindWhoseIdsCouldNotAllBeRead() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        ((ObjectNode) document.get("venues").get(1).get("spaces").get(0)).remove("id");

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document)))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputError::path)
                                .containsExactly("venues[1].spaces[0].id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{"format": '                                      | not valid JSON
            ''                                                 | the document is empty
            '   '                                              | the document is empty
            '[1, 2]'                                           | document must be an object, not a list
            '"plan"'                                           | document must be an object, not a string
            '{"format": "protocol-planner/plan"} {}'           | not valid JSON
            '{"name": "a", "name": "b"}'                       | Duplicate Object property "name"
            """)
    void refusesWhatIsNoJsonObjectAtTheRoot(String text, String message) {
        assertThatThrownBy(() -> reader.read(utf8(text)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).path()).isEqualTo("$");
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }

    @Test
    void keepsMessagesShortWhateverTheDocumentHolds() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        document.put("format", "x".repeat(100_000));

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document)))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.getMessage())
                                .endsWith("... (100002 characters)")
                                .hasSizeLessThan(200));
    }

    @Test
    void refusesMoreThanTenMebibytesAsTooLarge() {
        byte[] json = paddedTo(PlanDocumentReader.MAX_BYTES + 1);

        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
            assertThat(e.tooLarge()).isTrue();
            assertThat(e.errors())
                    .extracting(InputError::path, InputError::message)
                    .containsExactly(tuple("$", "the document is larger than 10485760 bytes (10 MiB)"));
        });
    }

    @Test
    void acceptsADocumentOfExactlyTenMebibytes() {
        assertThat(reader.read(new ByteArrayInputStream(paddedTo(PlanDocumentReader.MAX_BYTES)))
                        .name())
                .isEqualTo("Minimal");
    }

    @Test
    void stopsReadingAnEndlessStreamAfterTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };

        assertThatThrownBy(() -> reader.read(endless))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.tooLarge()).isTrue());
    }

    @Test
    void refusesMoreThan5000EventsNamingTheList() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        fill(
                (ArrayNode) document.get("events"),
                PlanParser.MAX_EVENTS + 1,
                "{'title': 't', 'type': 'BRIEFING', " + "'headcount': 1, 'layout': 'THEATRE', 'durationMinutes': 15}");

        assertRefusedAt(document, "events", "more than 5000 events (5001)");
    }

    @Test
    void refusesMoreThan2000VenuesAnd1000Delegations() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        fill(
                (ArrayNode) document.get("venues"),
                PlanParser.MAX_VENUES + 1,
                "{'name': 'v', 'lat': 0, 'lon': 0, 'spaces': []}");
        fill(
                (ArrayNode) document.get("delegations"),
                PlanParser.MAX_DELEGATIONS + 1,
                "{'name': 'd', "
                        + "'headRank': 'MINISTER', 'size': 1, 'arrival': '2026-09-01T08:00', 'departure': '2026-09-01T09:00'}");

        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document)))
                .isInstanceOfSatisfying(
                        MalformedDocumentException.class,
                        e -> assertThat(e.errors())
                                .extracting(InputError::path, InputError::message)
                                .containsExactly(
                                        tuple("venues", "more than 2000 venues (2001)"),
                                        tuple("delegations", "more than 1000 delegations (1001)")));
    }

    @Test
    void refusesMoreThan10000SpacesInAllVenuesNamingTheListThatCrossesTheLimit() {
        ObjectNode document = TestDocuments.tree(RICH_PLAN);
        // Five spaces come before the art zone's in the rich plan, and one after it.
        fill(
                (ArrayNode) document.get("venues").get(2).get("spaces"),
                VenueParser.MAX_SPACES + 1 - 5,
                "{'name': 's', 'capacity': {}}");

        assertRefusedAt(document, "venues[2].spaces", "more than 10000 spaces in all venues");
    }

    private void assertRefusedAt(ObjectNode document, String path, String message) {
        assertThatThrownBy(() -> reader.read(TestDocuments.bytes(document)))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).path()).isEqualTo(path);
                    assertThat(e.errors().get(0).message()).contains(message);
                });
    }

    /** Appends copies of {@code template}, each with its own id, until the list holds {@code size} elements. */
    private static void fill(ArrayNode list, int size, String template) {
        ObjectNode element = (ObjectNode) TestDocuments.json(template);
        for (int i = list.size(); i < size; i++) {
            list.add(element.deepCopy().put("id", "extra-" + i));
        }
    }

    /** The minimal plan followed by spaces up to {@code size} bytes. */
    private static byte[] paddedTo(int size) {
        byte[] minimal = utf8(MINIMAL);
        byte[] padded = Arrays.copyOf(minimal, size);
        Arrays.fill(padded, minimal.length, size, (byte) ' ');
        return padded;
    }
}
