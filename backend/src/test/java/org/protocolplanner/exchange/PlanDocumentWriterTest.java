package org.protocolplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocolplanner.exchange.TestDocuments.EXAMPLE_PLAN;
import static org.protocolplanner.exchange.TestDocuments.RICH_PLAN;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protocolplanner.shared.protocol.Layout;

class PlanDocumentWriterTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanDocumentWriter writer = new PlanDocumentWriter();

    /** The format's round trip: export(import(D)) = E, and export(import(E)) is E byte for byte. */
    @ParameterizedTest
    @ValueSource(strings = {EXAMPLE_PLAN, RICH_PLAN})
    void writesWhatItReadsAgainByteForByte(String resource) {
        byte[] exported = writer.write(reader.read(TestDocuments.resource(resource)));

        assertThat(writer.write(reader.read(exported))).isEqualTo(exported);
    }

    @ParameterizedTest
    @ValueSource(strings = {EXAMPLE_PLAN, RICH_PLAN})
    void roundTripsDerivedClosuresForTheSolverToo(String resource) {
        byte[] exported = writer.write(reader.readKeepingDerived(TestDocuments.resource(resource)));

        assertThat(writer.write(reader.readKeepingDerived(exported))).isEqualTo(exported);
    }

    /**
     * The whole textual form in one reviewed file: field order, defaults filled in, absent optional
     * scalars left out, capacity in layout order, seconds only where there are some, 24:00, derived
     * closures marked, unknown fields dropped, {@code []} for empty lists.
     */
    @Test
    void writesTheRichPlanExactlyAsReviewed() {
        byte[] exported = writer.write(reader.readKeepingDerived(TestDocuments.resource(RICH_PLAN)));

        assertThat(new String(exported, StandardCharsets.UTF_8))
                .isEqualTo(new String(TestDocuments.resource("rich-plan.exported.json"), StandardCharsets.UTF_8));
    }

    @Test
    void importingDropsDerivedClosuresFromTheExport() {
        byte[] exported = writer.write(reader.read(TestDocuments.resource(RICH_PLAN)));

        assertThat(new String(exported, StandardCharsets.UTF_8))
                .doesNotContain("booked by Forum 2026")
                .doesNotContain("\"derived\": true");
    }

    @Test
    void writesCapacityInLayoutOrderWhateverTheMapOrder() {
        Map<Layout, Integer> capacity = new LinkedHashMap<>();
        capacity.put(Layout.CEREMONY, 10);
        capacity.put(Layout.THEATRE, 20);
        PlanDocument plan = reader.read(TestDocuments.resource(EXAMPLE_PLAN));
        VenueDoc venue = plan.venues().get(0);
        SpaceDoc space = venue.spaces().get(0);
        SpaceDoc reordered = new SpaceDoc(
                space.id(),
                space.name(),
                capacity,
                space.features(),
                space.turnoverMinutes(),
                space.open(),
                space.blackouts());
        PlanDocument changed = new PlanDocument(
                plan.name(),
                plan.timeZone(),
                plan.horizon(),
                plan.travel(),
                List.of(
                        new VenueDoc(
                                venue.id(),
                                venue.name(),
                                venue.lat(),
                                venue.lon(),
                                venue.securityGrade(),
                                venue.prestige(),
                                List.of(reordered)),
                        plan.venues().get(1)),
                plan.delegations(),
                plan.events(),
                plan.closures(),
                plan.constraintWeights());

        assertThat(new String(writer.write(changed), StandardCharsets.UTF_8))
                .contains("\"capacity\": {\n            \"THEATRE\": 20,\n            \"CEREMONY\": 10\n          }");
    }

    @Test
    void writesSecondsOnlyWhenThereAreSome() {
        assertThat(ExchangeTime.format(LocalDateTime.of(2026, 9, 1, 9, 30))).isEqualTo("2026-09-01T09:30");
        assertThat(ExchangeTime.format(LocalDateTime.of(2026, 9, 1, 9, 30, 5))).isEqualTo("2026-09-01T09:30:05");
    }
}
