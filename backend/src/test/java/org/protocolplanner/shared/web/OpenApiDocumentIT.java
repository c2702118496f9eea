package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frontend generates its API types from {@code frontend/openapi.json} (openapi-typescript in
 * its build), so that file must be the document this backend serves. The test writes the served
 * document there, keys sorted and the random test port left out, and fails when the committed
 * file was different: commit the rewritten file, and the frontend's types follow.
 */
@IntegrationTest
class OpenApiDocumentIT {

    /** Relative to the backend module, where Maven runs its tests. */
    private static final Path COMMITTED = Path.of("..", "frontend", "openapi.json");

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @LocalServerPort
    int port;

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        Api.Answer served = Api.as(port, "admin").get("/v3/api-docs");
        assertThat(served.status()).as(served.text()).isEqualTo(200);

        @SuppressWarnings("unchecked")
        Map<String, Object> document = SORTED.readValue(served.body(), Map.class);
        document.remove("servers"); // names the random port of this run
        String current = SORTED.writeValueAsString(document) + "\n";

        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(current)) {
            Files.writeString(COMMITTED, current, StandardCharsets.UTF_8);
        }
        assertThat(committed.equals(current))
                .as("frontend/openapi.json was stale and has been rewritten from /v3/api-docs; commit it")
                .isTrue();
    }
}
