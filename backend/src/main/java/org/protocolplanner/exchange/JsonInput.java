package org.protocolplanner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns the bytes of an exchange document into a JSON tree, or refuses them with path {@code $}. */
final class JsonInput {

    /** 10 MiB: larger documents are refused before they are parsed. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * Strict where a lenient parser would guess: a property given twice would silently keep only the
     * last value, and text after the document would be dropped unread.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonInput() {}

    /** Reads at most one byte more than the limit, so that an endless stream cannot exhaust memory. */
    static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            checkSize(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] json) {
        checkSize(json);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw notJson(Message.of("exchange.not-json", e.getOriginalMessage(), where(e.getLocation())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw notJson(Message.of("exchange.empty"));
        }
        return tree;
    }

    private static void checkSize(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw MalformedDocumentException.tooLarge(MAX_BYTES);
        }
    }

    /** Where the parser stopped, or nothing when it cannot tell. */
    private static Message where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Message.of("exchange.nowhere");
        }
        return Message.of("exchange.at-line", location.getLineNr(), location.getColumnNr());
    }

    private static MalformedDocumentException notJson(Message reason) {
        return new MalformedDocumentException(List.of(new InputError("$", reason)));
    }
}
