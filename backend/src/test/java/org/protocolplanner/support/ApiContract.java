package org.protocolplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an answer of the application against the committed API document ({@code frontend/openapi.json}), the
 * one the frontend's types are generated from: every property the document lists as required is there and not
 * null, at every depth. {@link Api} checks every successful JSON answer of every integration test, so that a
 * field the frontend's types promise is never missing from a real answer.
 */
final class ApiContract {

    /** Relative to the backend module, where Maven runs its tests, or to the root, where exec:java runs a tool. */
    private static final Path DOCUMENT = Files.exists(Path.of("..", "frontend", "openapi.json"))
            ? Path.of("..", "frontend", "openapi.json")
            : Path.of("frontend", "openapi.json");

    private record Operation(String method, Pattern path, JsonNode responses) {}

    private static final ApiContract COMMITTED = load();

    private final JsonNode schemas;
    private final List<Operation> operations;

    private ApiContract(JsonNode schemas, List<Operation> operations) {
        this.schemas = schemas;
        this.operations = operations;
    }

    private static ApiContract load() {
        JsonNode document;
        try {
            document = JsonMapper.builder().build().readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^/}]+}", "[^/]+"));
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(new Operation(
                        operation.getKey(), template, operation.getValue().path("responses")));
            }
        }
        return new ApiContract(document.path("components").path("schemas"), operations);
    }

    /** Throws naming the JSON path of the first required property missing or null. */
    static void check(String method, URI uri, int status, JsonNode body) {
        COMMITTED.checkAnswer(method.toLowerCase(), uri.getPath(), status, body);
    }

    private void checkAnswer(String method, String path, int status, JsonNode body) {
        for (Operation operation : operations) {
            if (operation.method().equals(method)
                    && operation.path().matcher(path).matches()) {
                // springdoc documents a created resource's answer under 200 unless told otherwise.
                JsonNode answer = operation.responses().path(String.valueOf(status));
                JsonNode content =
                        (answer.isMissingNode() ? operation.responses().path("200") : answer).path("content");
                JsonNode schema = content.path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    schema = content.path("*/*").path("schema");
                }
                if (!schema.isMissingNode()) {
                    check(schema, body, "$", method.toUpperCase() + " " + path);
                }
                return;
            }
        }
    }

    private void check(JsonNode schema, JsonNode value, String at, String answer) {
        if (value == null || value.isNull()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            check(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), value, at, answer);
            return;
        }
        if (schema.has("oneOf")) {
            // One of a reference and null: a component that may be null, checked as its record when it is not.
            for (JsonNode alternative : schema.get("oneOf")) {
                if (alternative.has("$ref")) {
                    check(alternative, value, at, answer);
                }
            }
            return;
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", answer);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        for (JsonNode required : schema.path("required")) {
            JsonNode field = value.get(required.asString());
            if (field == null || field.isNull()) {
                throw new AssertionError(answer + " answered without " + at + "." + required.asString()
                        + ", which frontend/openapi.json lists as required");
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            check(property.getValue(), value.get(property.getKey()), at + "." + property.getKey(), answer);
        }
    }
}
