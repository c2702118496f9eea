package org.protocolplanner.plan;

import java.util.Map;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A well-formed document with a value the database cannot store (a text with a NUL character, which
 * PostgreSQL refuses in any text): the import's fault is the document's, so it is answered 400 naming the
 * value where it can be found, never 409 as if it clashed with existing data.
 */
final class UnstorableValues {

    private static final Logger log = LoggerFactory.getLogger(UnstorableValues.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UnstorableValues() {}

    static InvalidRequestException refused(byte[] document, DataIntegrityViolationException e) {
        log.info("Import refused by the database: {}", e.getMostSpecificCause().getMessage());
        String path = nulCharacter(JSON.readTree(document), "");
        if (path != null) {
            return new InvalidRequestException(path, Message.of("input.nul-character"));
        }
        return new InvalidRequestException("$", Message.of("input.unstorable"));
    }

    /** The path of the first text (or member name) holding a NUL character, or null. */
    private static String nulCharacter(JsonNode node, String path) {
        if (node.isString()) {
            return node.stringValue().indexOf('\0') >= 0 ? (path.isEmpty() ? "$" : path) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = nulCharacter(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (member.getKey().indexOf('\0') >= 0) {
                    return memberPath;
                }
                String found = nulCharacter(member.getValue(), memberPath);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
