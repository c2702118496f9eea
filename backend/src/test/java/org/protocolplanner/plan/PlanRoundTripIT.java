package org.protocolplanner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The round trip of docs/reference/exchange-format.md on the demo summit: its document, with every venue and
 * space renamed so that the catalogue does not know them, is imported and exported unchanged, and
 * importing that export and exporting again gives the same bytes. The renamed venues stay the plan's own and do
 * not double the catalogue.
 */
@IntegrationTest
class PlanRoundTripIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoSummitSurvivesImportAndExportByteForByte() {
        Api officer = Api.as(port, "officer");
        long demoPlan = jdbc.queryForObject("select min(id) from plan where created_by = 'demo'", Long.class);
        Api.Answer demoExport = officer.get("/api/plans/" + demoPlan + "/export");
        assertThat(demoExport.status()).isEqualTo(200);
        String original =
                withoutDerivedClosures(renameVenuesAndSpaces(demoExport.text(), demoExport.json()), demoExport.json());

        long catalogue =
                officer.get("/api/venues?size=1").json().get("totalElements").asLong();
        Api.Answer firstImport = officer.post("/api/plans/import", original);
        assertThat(firstImport.status()).as(firstImport.text()).isEqualTo(201);
        assertThat(firstImport.json().get("differences")).isEmpty();
        // Every venue is new to the catalogue by id, yet is the namesake of one there: the plan keeps them as its
        // own, apart from the catalogue, each offered the catalogue venue it copies (decision 0111).
        assertThat(officer.get("/api/venues?size=1").json().get("totalElements").asLong())
                .as("the catalogue lists no venue twice")
                .isEqualTo(catalogue);
        JsonNode importedVenues = firstImport.json().get("importedVenues");
        assertThat(importedVenues.size())
                .isEqualTo(demoExport.json().get("venues").size());
        for (JsonNode venue : importedVenues) {
            List<String> matches = new ArrayList<>();
            venue.get("matches")
                    .forEach(match -> matches.add(match.get("catalogueVenueId").asString()));
            assertThat(matches)
                    .as(venue.get("name").asString())
                    .contains(venue.get("venueId").asString().substring("rt-".length()));
        }
        byte[] firstExport =
                officer.get(firstImport.header("Location") + "/export").body();
        assertThat(new String(firstExport, StandardCharsets.UTF_8)).isEqualTo(original);

        Api.Answer secondImport = officer.post("/api/plans/import", firstExport);
        assertThat(secondImport.status()).isEqualTo(201);
        assertThat(secondImport.json().get("differences")).isEmpty();
        byte[] secondExport =
                officer.get(secondImport.header("Location") + "/export").body();
        assertThat(secondExport).isEqualTo(firstExport);
    }

    @Test
    void theDemoSummitIsAWholeWeekOfEveryKindOfEngagement() {
        long demoPlan = jdbc.queryForObject("select min(id) from plan where created_by = 'demo'", Long.class);
        JsonNode document = Api.as(port, "planner")
                .get("/api/plans/" + demoPlan + "/export")
                .json();
        assertThat(document.get("delegations").size()).isBetween(45, 55);
        assertThat(document.get("events").size()).isBetween(170, 240);
        List<String> types = new ArrayList<>();
        document.get("events").forEach(event -> types.add(event.get("type").asString()));
        assertThat(types)
                .contains(
                        "WELCOME_CEREMONY",
                        "BILATERAL_TALKS",
                        "PLENARY",
                        "STATE_BANQUET",
                        "CULTURAL_VISIT",
                        "WORKING_LUNCH",
                        "PRESS_CONFERENCE",
                        "SIGNING_CEREMONY");
        assertThat(document.get("venues").size()).isGreaterThan(400);
    }

    /** Renames longest ids first, so that no id is replaced inside a longer one. */
    /**
     * The export with the closures that confirmed bookings derive left out, as an import leaves them out
     * (the exchange format): other tests may have confirmed bookings at the demo summit's venues by now.
     * The demo summit has no closures of its own.
     */
    private static String withoutDerivedClosures(String export, JsonNode json) {
        if (json.get("closures").isEmpty()) {
            return export;
        }
        json.get("closures")
                .forEach(closure -> assertThat(closure.path("derived").asBoolean(false))
                        .as("the demo summit's own closures")
                        .isTrue());
        return export.replaceFirst("(?s)\"closures\": \\[.*?\n  \\]", "\"closures\": []");
    }

    private static String renameVenuesAndSpaces(String text, JsonNode document) {
        List<String> ids = new ArrayList<>();
        for (JsonNode venue : document.get("venues")) {
            ids.add(venue.get("id").asString());
            venue.get("spaces").forEach(space -> ids.add(space.get("id").asString()));
        }
        ids.sort(Comparator.comparingInt(String::length).reversed());
        String renamed = text;
        for (String id : ids) {
            renamed = renamed.replace("\"" + id + "\"", "\"rt-" + id + "\"");
        }
        return renamed;
    }
}
