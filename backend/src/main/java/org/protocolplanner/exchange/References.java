package org.protocolplanner.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolplanner.shared.web.Message;

/**
 * The ids a plan document declares and the references between them. Duplicates are reported as they
 * are declared; references, {@code after} cycles and the rules of a space's {@code parts} only once
 * the whole document was read, because a reference may name something declared further down.
 */
final class References {

    enum Kind {
        VENUE,
        SPACE,
        DELEGATION,
        EVENT;

        String word() {
            return name().toLowerCase();
        }

        Message thing() {
            return Message.of("thing." + word());
        }
    }

    private record Reference(Kind kind, Node at, String id) {}

    /** An event's {@code after} list, for the cycle check. */
    private record AfterList(String eventId, Node list, List<String> after) {}

    /**
     * A space's venue and parts. {@code venue} is the venue's place in the document, so that two
     * venues without an id are still told apart.
     */
    private record SpaceParts(int venue, String venueId, String spaceId, Map<String, Node> parts) {}

    private final Map<Kind, Map<String, Node>> declared = new EnumMap<>(Kind.class);
    private final Set<Kind> incomplete = EnumSet.noneOf(Kind.class);
    private final List<Reference> references = new ArrayList<>();
    private final List<AfterList> afterLists = new ArrayList<>();
    /** By space id, the first space of that id. */
    private final Map<String, SpaceParts> spaces = new HashMap<>();

    private final List<SpaceParts> divisible = new ArrayList<>();

    References() {
        for (Kind kind : Kind.values()) {
            declared.put(kind, new HashMap<>());
        }
    }

    /** Declares the id at {@code idNode}; null means it is missing or not a string (already reported). */
    void declare(Kind kind, Node idNode, String id) {
        if (id == null) {
            markIncomplete(kind);
            return;
        }
        Node first = declared.get(kind).putIfAbsent(id, idNode);
        if (first != null) {
            idNode.error("exchange.duplicate-id", kind.word(), Node.quote(id), first.path(), kind.thing());
        }
    }

    /**
     * Some declarations of this kind could not be read (a missing id, a list of the wrong type or too
     * long): a reference to an id we did not see may still name one of them, so none is checked.
     */
    void markIncomplete(Kind kind) {
        incomplete.add(kind);
    }

    void refer(Kind kind, Node at, String id) {
        references.add(new Reference(kind, at, id));
    }

    /** The distinct ids of an optional list of references to {@code kind}, each to be resolved. */
    List<String> referToAll(Kind kind, Node list) {
        Map<String, Node> ids = list.distinctElements(Node::string);
        ids.forEach((id, at) -> refer(kind, at, id));
        return List.copyOf(ids.keySet());
    }

    /** Records an event's {@code after} list; its elements are also to be passed to {@link #refer}. */
    void after(String eventId, Node list, List<String> after) {
        if (eventId != null && !after.isEmpty()) {
            afterLists.add(new AfterList(eventId, list, after));
        }
    }

    /**
     * Records a space's venue and its distinct {@code parts}, each node the value to blame; every space
     * is recorded, also one without parts, so that a part's venue and parts are known.
     */
    void parts(int venue, String venueId, String spaceId, Map<String, Node> parts) {
        SpaceParts space = new SpaceParts(venue, venueId, spaceId, parts);
        if (spaceId != null) {
            spaces.putIfAbsent(spaceId, space);
        }
        if (!parts.isEmpty()) {
            divisible.add(space);
        }
        parts.forEach((partId, at) -> {
            if (partId.equals(spaceId)) {
                at.error("exchange.part-of-itself", Node.quote(partId));
            } else {
                refer(Kind.SPACE, at, partId);
            }
        });
    }

    void checkReferences() {
        for (Reference reference : references) {
            if (!incomplete.contains(reference.kind())
                    && !declared.get(reference.kind()).containsKey(reference.id())) {
                reference
                        .at()
                        .error(
                                "exchange.not-defined",
                                reference.kind().word(),
                                Node.quote(reference.id()),
                                reference.kind().thing());
            }
        }
        checkAfterCycles();
        checkParts();
    }

    /** A space is made of spaces of its own venue that have no parts themselves; unknown parts were reported. */
    private void checkParts() {
        for (SpaceParts space : divisible) {
            space.parts().forEach((partId, at) -> {
                SpaceParts part = spaces.get(partId);
                if (part == null || partId.equals(space.spaceId())) {
                    return;
                }
                if (part.venue() != space.venue()) {
                    at.error("exchange.part-in-other-venue", Node.quote(partId), Node.quote(part.venueId()));
                } else if (!part.parts().isEmpty()) {
                    at.error("exchange.part-has-parts", Node.quote(partId));
                }
            });
        }
    }

    /** One error per cycle, at the {@code after} list of its first event in document order. */
    private void checkAfterCycles() {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < afterLists.size(); i++) {
            indexById.putIfAbsent(afterLists.get(i).eventId(), i);
        }
        // Only events with an after list can lie on a cycle, so they are the graph's nodes.
        List<List<Integer>> edges = afterLists.stream()
                .map(list -> list.after().stream()
                        .filter(indexById::containsKey)
                        .map(indexById::get)
                        .toList())
                .toList();
        for (List<Integer> cycle : Cycles.find(edges)) {
            AfterList first = afterLists.get(cycle.get(0));
            String members = cycle.stream()
                    .map(i -> Node.quote(afterLists.get(i).eventId()))
                    .collect(Collectors.joining(", "));
            first.list().error(cycle.size() > 1 ? "exchange.after-cycle" : "exchange.after-itself", members);
        }
    }
}
