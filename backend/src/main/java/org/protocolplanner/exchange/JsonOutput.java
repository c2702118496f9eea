package org.protocolplanner.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collection;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one textual form of exported documents: UTF-8, two-space indent, {@code "key": value}, one
 * array element per line, {@code []} and {@code {}} for empty ones, LF line ends and a final newline.
 * Fixed here rather than left to Jackson's defaults, so that exports compare byte for byte.
 */
final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = MAPPER.writer()
            .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private JsonOutput() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(ObjectNode document) {
        return (WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static void putTime(ObjectNode object, String field, LocalDateTime time) {
        object.put(field, ExchangeTime.format(time));
    }

    /** Omits the field when the time is absent, as optional scalars are written. */
    static void putOptionalTime(ObjectNode object, String field, LocalDateTime time) {
        if (time != null) {
            putTime(object, field, time);
        }
    }

    static void putOptional(ObjectNode object, String field, String value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    /** Strings, or enum constants by name. */
    static void putStrings(ObjectNode object, String field, Collection<?> values) {
        ArrayNode array = object.putArray(field);
        values.forEach(value -> array.add(value instanceof Enum<?> constant ? constant.name() : value.toString()));
    }
}
