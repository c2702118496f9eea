package org.protocolplanner.plan;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.exchange.MalformedDocumentException;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.exchange.PlanDocumentReader;
import org.protocolplanner.exchange.PlanDocumentWriter;
import org.protocolplanner.shared.web.ConflictException;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks an edit of a plan's delegations, engagements or closures with the very rules that make a
 * plan document malformed: the edited element is spliced into the plan's own document and the whole
 * is read back, so an API edit can never store what an import would refuse, and errors name the
 * field of the request ({@code delegations[0]}) exactly as they would in a document.
 */
@Component
class PlanEdits {

    /** Which list of the document an edit touches. */
    enum Section {
        DELEGATIONS("delegations"),
        EVENTS("events"),
        CLOSURES("closures");

        private final String field;

        Section(String field) {
            this.field = field;
        }
    }

    private final PlanExporter exporter;
    private final JsonMapper jsonMapper;
    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanDocumentWriter writer = new PlanDocumentWriter();

    PlanEdits(PlanExporter exporter, JsonMapper jsonMapper) {
        this.exporter = exporter;
        this.jsonMapper = jsonMapper;
    }

    /**
     * The plan's document with {@code request} (a request body of the element's exchange-format shape)
     * added at the end of {@code section}, or put in place of the element at {@code replaceIndex}.
     */
    PlanDocument withElement(Plan plan, Section section, Object request, Integer replaceIndex) {
        ObjectNode element = jsonMapper.valueToTree(request);
        // The version says which state a change was made on; it is no part of the element.
        element.remove("version");
        ObjectNode document = ownDocument(plan);
        ArrayNode list = (ArrayNode) document.get(section.field);
        int index = replaceIndex == null ? list.size() : replaceIndex;
        if (replaceIndex == null) {
            list.add(element);
        } else {
            list.set(index, element);
        }
        String prefix = section.field + "[" + index + "]";
        try {
            return reader.read(jsonMapper.writeValueAsBytes(document));
        } catch (MalformedDocumentException e) {
            throw new InvalidRequestException(relativeTo(prefix, e.errors()));
        }
    }

    /** The plan's document without the element at {@code index}; refused with 409 while something refers to it. */
    PlanDocument withoutElement(Plan plan, Section section, int index, String what, String ref) {
        ObjectNode document = ownDocument(plan);
        ((ArrayNode) document.get(section.field)).remove(index);
        try {
            return reader.read(jsonMapper.writeValueAsBytes(document));
        } catch (MalformedDocumentException e) {
            InputError first = e.errors().get(0);
            throw new ConflictException(
                    Message.of("conflict.still-referred", Message.thing(what), ref, first.path(), first.text()));
        }
    }

    /** The plan's document without derived closures: those are not the plan's to edit. */
    private ObjectNode ownDocument(Plan plan) {
        PlanDocument exported = exporter.toDocument(plan);
        PlanDocument own = new PlanDocument(
                exported.name(),
                exported.timeZone(),
                exported.horizon(),
                exported.travel(),
                exported.venues(),
                exported.delegations(),
                exported.events(),
                exported.closures().stream()
                        .filter(closure -> !closure.derived())
                        .toList(),
                exported.constraintWeights());
        return (ObjectNode) jsonMapper.readTree(writer.write(own));
    }

    /** Paths inside the edited element lose the element's prefix; others keep their document path. */
    private static List<InputError> relativeTo(String prefix, List<InputError> errors) {
        List<InputError> relative = new ArrayList<>();
        for (InputError error : errors) {
            String path = error.path();
            if (path.equals(prefix)) {
                relative.add(new InputError("$", error.text()));
            } else if (path.startsWith(prefix + ".")) {
                relative.add(new InputError(path.substring(prefix.length() + 1), error.text()));
            } else {
                relative.add(error);
            }
        }
        return relative;
    }
}
