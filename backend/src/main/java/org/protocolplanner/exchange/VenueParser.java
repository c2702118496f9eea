package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.protocolplanner.exchange.References.Kind;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;
import org.protocolplanner.shared.web.Message;

/** Reads the venues of a plan document and their spaces; see {@link PlanParser}. */
final class VenueParser {

    static final int MAX_SPACES = 10_000;

    private final References references;
    /** Venues read so far: tells the venues apart for the parts check, also one without an id. */
    private int venueCount;
    /** Spaces of all venues so far: the limit is on the whole document, not on one venue. */
    private int spaceCount;

    private boolean tooManySpaces;

    VenueParser(References references) {
        this.references = references;
    }

    VenueDoc venue(Node venue) {
        if (!venue.object()) {
            // Neither its id nor those of its spaces are known.
            references.markIncomplete(Kind.VENUE);
            references.markIncomplete(Kind.SPACE);
            return null;
        }
        Node idNode = venue.field("id");
        String id = idNode.id();
        references.declare(Kind.VENUE, idNode, id);
        int venueIndex = venueCount++;
        String name = venue.field("name").string();
        double lat = venue.field("lat").number(v -> v >= -90 && v <= 90, Message.of("value.range", -90, 90));
        double lon = venue.field("lon").number(v -> v >= -180 && v <= 180, Message.of("value.range", -180, 180));
        SecurityGrade grade = venue.field("securityGrade")
                .optionalConstant(SecurityGrade.class, "security grade", VenueDoc.DEFAULT_GRADE);
        int prestige = venue.field("prestige").optionalInteger(VenueDoc.DEFAULT_PRESTIGE, 1, 10);
        List<SpaceDoc> spaces = spaces(venue.field("spaces"), venueIndex, id);
        return new VenueDoc(id, name, lat, lon, grade, prestige, spaces);
    }

    private List<SpaceDoc> spaces(Node list, int venueIndex, String venueId) {
        List<Node> elements = list.array();
        if (!list.isArray()) {
            references.markIncomplete(Kind.SPACE);
        }
        if (tooManySpaces) {
            return List.of();
        }
        spaceCount += elements.size();
        if (spaceCount > MAX_SPACES) {
            tooManySpaces = true;
            list.error("exchange.too-many-spaces", MAX_SPACES, spaceCount);
            references.markIncomplete(Kind.SPACE);
            return List.of();
        }
        List<SpaceDoc> spaces = new ArrayList<>();
        for (Node element : elements) {
            SpaceDoc space = space(element, venueIndex, venueId);
            if (space != null) {
                spaces.add(space);
            }
        }
        return List.copyOf(spaces);
    }

    private SpaceDoc space(Node space, int venueIndex, String venueId) {
        if (!space.object()) {
            references.markIncomplete(Kind.SPACE);
            return null;
        }
        Node idNode = space.field("id");
        String id = idNode.id();
        references.declare(Kind.SPACE, idNode, id);
        String name = space.field("name").string();
        Map<Layout, Integer> capacity = capacity(space.field("capacity"));
        List<Feature> features = List.copyOf(space.field("features")
                .distinctElements(f -> f.constant(Feature.class, "feature"))
                .keySet());
        int turnover = space.field("turnoverMinutes").optionalInteger(0, 0, Integer.MAX_VALUE);
        List<OpeningWindow> open = space.field("open").optionalArray().stream()
                .map(VenueParser::openingWindow)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Node> parts = space.field("parts").distinctElements(Node::string);
        references.parts(venueIndex, venueId, id, parts);
        List<Period> blackouts = space.field("blackouts").optionalArray().stream()
                .map(VenueParser::blackout)
                .filter(Objects::nonNull)
                .toList();
        return new SpaceDoc(id, name, capacity, features, turnover, open, List.copyOf(parts.keySet()), blackouts);
    }

    /** In {@link Layout} order whatever the document's order, so that export is deterministic. */
    private static Map<Layout, Integer> capacity(Node capacity) {
        Map<Layout, Integer> people = new EnumMap<>(Layout.class);
        if (capacity.object()) {
            for (Node entry : capacity.properties()) {
                // An unknown layout is the one error at its path; its count does not matter then.
                Layout layout = entry.keyAs(Layout.class, "layout");
                if (layout != null) {
                    people.put(layout, entry.integer(0, Integer.MAX_VALUE));
                }
            }
        }
        return Collections.unmodifiableMap(people);
    }

    private static OpeningWindow openingWindow(Node window) {
        if (!window.object()) {
            return null;
        }
        Integer from = window.field("from").minuteOfDay(false);
        Node toNode = window.field("to");
        Integer to = toNode.minuteOfDay(true);
        if (from == null || to == null) {
            return null;
        }
        if (to <= from) {
            toNode.error(
                    "exchange.not-after",
                    "to",
                    OpeningWindow.format(to),
                    "from",
                    OpeningWindow.format(from),
                    Message.field("from"));
        }
        return new OpeningWindow(from, to);
    }

    private static Period blackout(Node blackout) {
        if (!blackout.object()) {
            return null;
        }
        LocalDateTime start = blackout.field("start").dateTime();
        Node endNode = blackout.field("end");
        LocalDateTime end = endNode.dateTime();
        endNode.mustBeAfter(end, start, "start");
        return new Period(start, end, blackout.field("reason").optionalString());
    }
}
