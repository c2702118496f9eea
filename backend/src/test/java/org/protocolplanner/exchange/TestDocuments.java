package org.protocolplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test documents from the classpath, and edits of their JSON trees by the same paths the errors
 * name ({@code events[1].pinned.start}), so that a malformed case reads like the rule it breaks.
 */
final class TestDocuments {

    static final String EXAMPLE_PLAN = "/examples/hard-rules-plan.json";
    static final String EXAMPLE_SOLUTION = "/examples/hard-rules-solution.json";
    /** Exercises every field of the format; valid. */
    static final String RICH_PLAN = "rich-plan.json";

    /** Single quotes allowed, so that values in tests need no escaping: {@code "'BANQUETTE'"}. */
    private static final JsonMapper LENIENT =
            JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private TestDocuments() {}

    static byte[] resource(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String resourceName) {
        return (ObjectNode) LENIENT.readTree(resource(resourceName));
    }

    static byte[] bytes(JsonNode tree) {
        return LENIENT.writeValueAsBytes(tree);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode json(String lenientJson) {
        return LENIENT.readTree(lenientJson);
    }

    /** Sets the value at {@code path} (its parent must exist) to {@code lenientJson}. */
    static Consumer<ObjectNode> set(String path, String lenientJson) {
        return root -> {
            Object last = lastSegment(path);
            JsonNode parent = parent(root, path);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, json(lenientJson));
            } else {
                ((ObjectNode) parent).set((String) last, json(lenientJson));
            }
        };
    }

    static Consumer<ObjectNode> remove(String path) {
        return root -> {
            Object last = lastSegment(path);
            JsonNode parent = parent(root, path);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).remove(index.intValue());
            } else {
                ((ObjectNode) parent).remove((String) last);
            }
        };
    }

    static Consumer<ObjectNode> append(String arrayPath, String lenientJson) {
        return root -> ((ArrayNode) at(root, segments(arrayPath))).add(json(lenientJson));
    }

    private static Object lastSegment(String path) {
        List<Object> segments = segments(path);
        return segments.get(segments.size() - 1);
    }

    private static JsonNode parent(ObjectNode root, String path) {
        List<Object> segments = segments(path);
        return at(root, segments.subList(0, segments.size() - 1));
    }

    private static JsonNode at(JsonNode root, List<Object> segments) {
        JsonNode node = root;
        for (Object segment : segments) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
            if (node == null) {
                throw new IllegalArgumentException("nothing at " + segments + " of the test document");
            }
        }
        return node;
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
        }
        return segments;
    }
}
