package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.protocolplanner.exchange.SolutionDocument.AssignmentDoc;
import org.protocolplanner.shared.web.Message;

/**
 * Reads the assignment of a solution document and checks it against its plan (docs/reference/exchange-format.md,
 * "Solution document"). Score, feasibility, constraint rows and solving statistics are not read:
 * they are recomputed, never trusted.
 */
final class SolutionParser {

    private final PlanDocument plan;
    private final Problems problems;
    private final Map<String, EventDoc> eventsById;
    private final Map<String, String> venueIdBySpaceId = new HashMap<>();
    /** Each event id met so far, with where: every event must be met exactly once. */
    private final Map<String, Node> mentions = new HashMap<>();
    /** False once an entry could not be read: the event it names may be one that looks missing. */
    private boolean everyEntryRead = true;

    SolutionParser(PlanDocument plan, Problems problems) {
        this.plan = plan;
        this.problems = problems;
        this.eventsById = plan.events().stream().collect(Collectors.toMap(EventDoc::id, Function.identity()));
        plan.venues().forEach(venue -> venue.spaces().forEach(space -> venueIdBySpaceId.put(space.id(), venue.id())));
    }

    /** Null when the document is no solution of this version. */
    ImportedSolution parse(Node root) {
        if (!root.object() || !isSolutionVersion1(root)) {
            return null;
        }
        Node assignmentList = root.field("assignments");
        List<AssignmentDoc> assignments = assignmentList.array().stream()
                .map(this::assignment)
                .filter(Objects::nonNull)
                .toList();
        Node unassignedList = root.field("unassigned");
        List<String> unassigned = unassignedList.array().stream()
                .map(this::unassigned)
                .filter(Objects::nonNull)
                .toList();
        if (everyEntryRead && assignmentList.isArray() && unassignedList.isArray()) {
            reportMissingEvents();
        }
        return new ImportedSolution(assignments, unassigned);
    }

    private static boolean isSolutionVersion1(Node root) {
        boolean format = root.field("format").holdsExactly("\"" + SolutionDocument.FORMAT + "\"");
        boolean version = root.field("version").holdsExactly(String.valueOf(SolutionDocument.VERSION));
        return format && version;
    }

    private AssignmentDoc assignment(Node assignment) {
        if (!assignment.object()) {
            everyEntryRead = false;
            return null;
        }
        Node eventNode = assignment.field("eventId");
        String eventId = eventNode.string();
        EventDoc event = mention(eventNode, eventId);
        Node spaceNode = assignment.field("spaceId");
        String spaceId = spaceNode.string();
        String venueOfSpace = spaceId == null ? null : venueIdBySpaceId.get(spaceId);
        if (spaceId != null && venueOfSpace == null) {
            spaceNode.error("exchange.space-not-in-plan", Node.quote(spaceId));
        }
        String knownSpaceId = venueOfSpace == null ? null : spaceId;
        Node venueNode = assignment.field("venueId");
        String venueId = venueNode.string();
        if (venueId != null && venueOfSpace != null && !venueId.equals(venueOfSpace)) {
            venueNode.error(
                    "exchange.venue-of-space", Node.quote(venueOfSpace), Node.quote(spaceId), Node.quote(venueId));
        }
        Node startNode = assignment.field("start");
        LocalDateTime start = startNode.dateTime();
        Node endNode = assignment.field("end");
        LocalDateTime end = endNode.dateTime();
        if (event != null && event.pinned() != null) {
            checkPin(event, spaceNode, knownSpaceId, startNode, start);
        } else if (start != null) {
            EventParser.checkStart(startNode, "start", start, plan.horizon());
        }
        if (event != null && start != null && end != null) {
            checkEnd(event, endNode, start, end);
        }
        return new AssignmentDoc(eventId, spaceId, venueId, start, end);
    }

    /** A pinned event is where it is pinned; the pin itself was checked with the plan. Nulls were reported. */
    private static void checkPin(EventDoc event, Node spaceNode, String spaceId, Node startNode, LocalDateTime start) {
        Placement pin = event.pinned();
        if (spaceId != null && !spaceId.equals(pin.spaceId())) {
            spaceNode.error(
                    "exchange.pinned-space", Node.quote(event.id()), Node.quote(pin.spaceId()), Node.quote(spaceId));
        }
        if (start != null && !start.equals(pin.start())) {
            startNode.error(
                    "exchange.pinned-start",
                    Node.quote(event.id()),
                    ExchangeTime.format(pin.start()),
                    ExchangeTime.format(start));
        }
    }

    private void checkEnd(EventDoc event, Node endNode, LocalDateTime start, LocalDateTime end) {
        int minutes = plan.horizon().roundUpToGrain(event.durationMinutes());
        LocalDateTime expected = start.plusMinutes(minutes);
        if (!end.equals(expected)) {
            endNode.error(
                    "exchange.end-of-duration",
                    ExchangeTime.format(expected),
                    event.durationMinutes(),
                    plan.horizon().grainMinutes(),
                    ExchangeTime.format(end));
        }
    }

    private String unassigned(Node entry) {
        String eventId = entry.string();
        EventDoc event = mention(entry, eventId);
        if (event != null && event.pinned() != null) {
            Placement pin = event.pinned();
            entry.error(
                    "exchange.pinned-unassigned",
                    Node.quote(eventId),
                    Node.quote(pin.spaceId()),
                    ExchangeTime.format(pin.start()));
        }
        return event == null ? null : eventId;
    }

    /** The plan's event named here for the first time, or null (reported) when it is unknown or named again. */
    private EventDoc mention(Node at, String eventId) {
        if (eventId == null) {
            everyEntryRead = false;
            return null;
        }
        EventDoc event = eventsById.get(eventId);
        if (event == null) {
            at.error("exchange.event-not-in-plan", Node.quote(eventId));
            return null;
        }
        Node first = mentions.putIfAbsent(eventId, at);
        if (first != null) {
            at.error("exchange.event-twice", Node.quote(eventId), first.path());
            return null;
        }
        return event;
    }

    /** Found only once both lists were read, so reported after everything else, on the whole document. */
    private void reportMissingEvents() {
        for (EventDoc event : plan.events()) {
            if (!mentions.containsKey(event.id())) {
                problems.add(
                        Problems.END_OF_DOCUMENT, "$", Message.of("exchange.event-missing", Node.quote(event.id())));
            }
        }
    }
}
