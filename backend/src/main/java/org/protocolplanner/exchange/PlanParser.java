package org.protocolplanner.exchange;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.protocolplanner.exchange.References.Kind;
import org.protocolplanner.shared.protocol.ConstraintId;
import org.protocolplanner.shared.protocol.Limits;
import org.protocolplanner.shared.web.Message;

/**
 * Reads the tree of a plan document into a {@link PlanDocument}, recording every problem the
 * "Validation" section of docs/reference/exchange-format.md names. The caller refuses the result when any
 * problem was recorded: with problems, the returned document may hold placeholders (null, 0).
 * Venues, delegations and events have their own parsers; this class reads the rest.
 */
final class PlanParser {

    static final int MAX_VENUES = 2_000;
    static final int MAX_DELEGATIONS = 1_000;
    static final int MAX_EVENTS = 5_000;

    private static final List<String> SOFT_IDS =
            ConstraintId.soft().stream().map(ConstraintId::id).toList();

    private final References references = new References();

    /** Null when the document is not a plan of this version: none of the format's other rules applies then. */
    PlanDocument parse(Node root) {
        if (!root.object() || !isPlanVersion1(root)) {
            return null;
        }
        String name = root.field("name").string();
        Horizon horizon = horizon(root.field("horizon"));
        String timeZone = timeZone(root.field("timeZone"), horizon);
        TravelModel travel = travel(root.field("travel"));
        List<VenueDoc> venues =
                list(root.field("venues"), MAX_VENUES, new VenueParser(references)::venue, Kind.VENUE, Kind.SPACE);
        List<DelegationDoc> delegations = list(
                root.field("delegations"),
                MAX_DELEGATIONS,
                new DelegationParser(references)::delegation,
                Kind.DELEGATION);
        List<EventDoc> events =
                list(root.field("events"), MAX_EVENTS, new EventParser(references, horizon)::event, Kind.EVENT);
        // The format sets no limit on closures.
        List<ClosureDoc> closures = list(root.field("closures"), Integer.MAX_VALUE, this::closure);
        Map<String, Integer> weights = constraintWeights(root.field("constraintWeights"));
        references.checkReferences();
        return new PlanDocument(name, timeZone, horizon, travel, venues, delegations, events, closures, weights);
    }

    /** Both are checked, so that a document wrong in both says so. */
    private static boolean isPlanVersion1(Node root) {
        boolean format = root.field("format").holdsExactly("\"" + PlanDocument.FORMAT + "\"");
        boolean version = root.field("version").holdsExactly(String.valueOf(PlanDocument.VERSION));
        return format && version;
    }

    /**
     * A top-level list of at most {@code max} elements, each read by {@code element}. A list over its
     * limit is reported as a whole and not read any further: the document is refused anyway, and
     * thousands of errors about its elements would help nobody. When the list cannot be read, the
     * ids of the kinds it declares are not all known.
     */
    private <T> List<T> list(Node list, int max, Function<Node, T> element, Kind... declares) {
        List<Node> elements = list.optionalArray();
        boolean unreadable = !list.isAbsent() && !list.isArray();
        if (elements.size() > max) {
            list.error("exchange.too-many", max, list.name(), elements.size(), Message.field(list.name()));
            unreadable = true;
        }
        if (unreadable) {
            for (Kind kind : declares) {
                references.markIncomplete(kind);
            }
            return List.of();
        }
        return elements.stream().map(element).filter(Objects::nonNull).toList();
    }

    /** Null unless every part is valid: the time zone and placement checks need a sound horizon. */
    private static Horizon horizon(Node horizon) {
        if (!horizon.object()) {
            return null;
        }
        LocalDateTime start = horizon.field("start").dateTime();
        Node endNode = horizon.field("end");
        LocalDateTime end = endNode.dateTime();
        endNode.mustBeAfter(end, start, "start");
        if (start != null && end != null && end.isAfter(start.plusDays(Horizon.MAX_DAYS))) {
            endNode.error("exchange.horizon-too-long", Horizon.MAX_DAYS);
            return null;
        }
        Node grainNode = horizon.field("grainMinutes");
        int grain = grainNode.optionalInteger(Horizon.DEFAULT_GRAIN_MINUTES, 5, 60);
        if (grain != 0 && 60 % grain != 0) {
            grainNode.error("exchange.grain-divides-hour", grain);
            return null;
        }
        boolean sound = start != null && end != null && end.isAfter(start) && grain != 0;
        return sound ? new Horizon(start, end, grain) : null;
    }

    /** Every day of the plan must have 24 hours, so that minutes are wall-clock minutes. */
    private static String timeZone(Node timeZone, Horizon horizon) {
        String id = timeZone.isAbsent() ? PlanDocument.DEFAULT_TIME_ZONE : timeZone.optionalString();
        if (id == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException e) {
            timeZone.error("exchange.unknown-time-zone", Node.quote(id));
            return null;
        }
        if (horizon != null) {
            ZoneOffsetTransition change =
                    zone.getRules().nextTransition(horizon.start().atZone(zone).toInstant());
            if (change != null
                    && change.getInstant().isBefore(horizon.end().atZone(zone).toInstant())) {
                timeZone.error(
                        "exchange.time-zone-offset-changes",
                        Node.quote(id),
                        ExchangeTime.format(change.getDateTimeBefore()));
            }
        }
        return id;
    }

    private static TravelModel travel(Node travel) {
        if (!travel.optionalObject()) {
            return TravelModel.DEFAULT;
        }
        double speed = travel.field("speedKmh")
                .optionalNumber(TravelModel.DEFAULT.speedKmh(), v -> v > 0, Message.of("value.greater-than", 0));
        double roadFactor = travel.field("roadFactor")
                .optionalNumber(TravelModel.DEFAULT.roadFactor(), v -> v >= 1, Message.of("value.at-least", 1));
        int fixed =
                travel.field("fixedMinutes").optionalInteger(TravelModel.DEFAULT.fixedMinutes(), 0, Integer.MAX_VALUE);
        return new TravelModel(speed, roadFactor, fixed);
    }

    private ClosureDoc closure(Node closure) {
        if (!closure.object()) {
            return null;
        }
        Node spaceNode = closure.field("spaceId");
        String spaceId = spaceNode.string();
        if (spaceId != null) {
            references.refer(Kind.SPACE, spaceNode, spaceId);
        }
        LocalDateTime start = closure.field("start").dateTime();
        Node endNode = closure.field("end");
        LocalDateTime end = endNode.dateTime();
        endNode.mustBeAfter(end, start, "start");
        if (start != null && end != null && end.isAfter(start.plusDays(Horizon.MAX_DAYS))) {
            endNode.error("exchange.horizon-too-long", Horizon.MAX_DAYS);
            return null;
        }
        String reason = closure.field("reason").optionalString();
        boolean derived = closure.field("derived").optionalBoolean(false);
        return new ClosureDoc(spaceId, start, end, reason, derived);
    }

    /** Only soft rules can be reweighted; the map keeps the document's order. */
    private static Map<String, Integer> constraintWeights(Node weights) {
        Map<String, Integer> result = new LinkedHashMap<>();
        if (!weights.optionalObject()) {
            return Collections.unmodifiableMap(result);
        }
        for (Node weight : weights.properties()) {
            if (!SOFT_IDS.contains(weight.name())) {
                weight.error("exchange.not-soft-rule", Node.quote(weight.name()), String.join(", ", SOFT_IDS));
                continue;
            }
            result.put(weight.name(), weight.integer(Limits.WEIGHT_MIN, Limits.WEIGHT_MAX));
        }
        return Collections.unmodifiableMap(result);
    }
}
