package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.List;
import org.protocolplanner.exchange.References.Kind;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

/** Reads the events of a plan document; see {@link PlanParser}. */
final class EventParser {

    private final References references;
    /** Null when the horizon is broken (already reported): then pinned and published starts go unchecked. */
    private final Horizon horizon;

    EventParser(References references, Horizon horizon) {
        this.references = references;
        this.horizon = horizon;
    }

    EventDoc event(Node event) {
        if (!event.object()) {
            references.markIncomplete(Kind.EVENT);
            return null;
        }
        Node idNode = event.field("id");
        String id = idNode.id();
        references.declare(Kind.EVENT, idNode, id);
        String title = event.field("title").string();
        EventType type = event.field("type").constant(EventType.class, "event type");
        List<String> delegations = references.referToAll(Kind.DELEGATION, event.field("delegations"));
        int headcount = event.field("headcount").integer(1, Integer.MAX_VALUE);
        Layout layout = event.field("layout").constant(Layout.class, "layout");
        int duration = event.field("durationMinutes").integer(1, Integer.MAX_VALUE);
        List<Feature> features = List.copyOf(event.field("requiredFeatures")
                .distinctElements(f -> f.constant(Feature.class, "feature"))
                .keySet());
        SecurityGrade minGrade =
                event.field("minSecurityGrade").optionalConstant(SecurityGrade.class, "security grade", null);
        LocalDateTime earliestStart = event.field("earliestStart").optionalDateTime();
        Node latestEndNode = event.field("latestEnd");
        LocalDateTime latestEnd = latestEndNode.optionalDateTime();
        latestEndNode.mustBeAfter(latestEnd, earliestStart, "earliestStart");
        List<String> preferred = references.referToAll(Kind.SPACE, event.field("preferredSpaces"));
        List<String> excluded = references.referToAll(Kind.SPACE, event.field("excludedSpaces"));
        int priority = event.field("priority").optionalInteger(EventDoc.DEFAULT_PRIORITY, 1, 10);
        Node afterNode = event.field("after");
        List<String> after = references.referToAll(Kind.EVENT, afterNode);
        references.after(id, afterNode, after);
        Placement pinned = placement(event.field("pinned"));
        Placement published = placement(event.field("published"));
        boolean confidential = event.field("confidential").optionalBoolean(false);
        return new EventDoc(
                id,
                title,
                type,
                delegations,
                headcount,
                layout,
                duration,
                features,
                minGrade,
                earliestStart,
                latestEnd,
                preferred,
                excluded,
                priority,
                after,
                pinned,
                published,
                confidential);
    }

    /** A pinned or published place: a known space, and a start the solver could have chosen. */
    private Placement placement(Node placement) {
        if (!placement.optionalObject()) {
            return null;
        }
        Node spaceNode = placement.field("spaceId");
        String spaceId = spaceNode.string();
        if (spaceId != null) {
            references.refer(Kind.SPACE, spaceNode, spaceId);
        }
        Node startNode = placement.field("start");
        LocalDateTime start = startNode.dateTime();
        if (start != null && horizon != null) {
            checkStart(startNode, placement.name() + " start", start, horizon);
        }
        return new Placement(spaceId, start);
    }

    /** Shared with solution documents, whose starts follow the same rule. */
    static void checkStart(Node startNode, String label, LocalDateTime start, Horizon horizon) {
        if (!horizon.contains(start)) {
            startNode.error(
                    "exchange.outside-horizon",
                    label,
                    ExchangeTime.format(start),
                    ExchangeTime.format(horizon.start()),
                    ExchangeTime.format(horizon.end()));
        } else if (!horizon.isOnGrain(start)) {
            startNode.error(
                    "exchange.off-grain",
                    label,
                    ExchangeTime.format(start),
                    horizon.grainMinutes(),
                    ExchangeTime.format(horizon.start()));
        }
    }
}
