package org.protocolplanner.exchange;

import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a problem document (docs/reference/exchange-format.md) in a deterministic form: fields in the order of
 * the format's example, every field with its effective value, absent optional scalars left out,
 * a space's {@code parts} only when it has some, derived closures marked. What {@link PlanDocumentReader} reads from this output is written again
 * byte for byte the same.
 *
 * <p>Stateless and thread-safe; no Spring needed.
 */
public final class PlanDocumentWriter {

    public byte[] write(PlanDocument plan) {
        ObjectNode root = JsonOutput.object();
        root.put("format", PlanDocument.FORMAT);
        root.put("version", PlanDocument.VERSION);
        root.put("name", plan.name());
        root.put("timeZone", plan.timeZone());
        ObjectNode horizon = root.putObject("horizon");
        JsonOutput.putTime(horizon, "start", plan.horizon().start());
        JsonOutput.putTime(horizon, "end", plan.horizon().end());
        horizon.put("grainMinutes", plan.horizon().grainMinutes());
        ObjectNode travel = root.putObject("travel");
        travel.put("speedKmh", plan.travel().speedKmh());
        travel.put("roadFactor", plan.travel().roadFactor());
        travel.put("fixedMinutes", plan.travel().fixedMinutes());
        ArrayNode venues = root.putArray("venues");
        plan.venues().forEach(venue -> writeVenue(venues.addObject(), venue));
        ArrayNode delegations = root.putArray("delegations");
        plan.delegations().forEach(delegation -> writeDelegation(delegations.addObject(), delegation));
        ArrayNode events = root.putArray("events");
        plan.events().forEach(event -> writeEvent(events.addObject(), event));
        ArrayNode closures = root.putArray("closures");
        plan.closures().forEach(closure -> writeClosure(closures.addObject(), closure));
        ObjectNode weights = root.putObject("constraintWeights");
        plan.constraintWeights().forEach(weights::put);
        return JsonOutput.bytes(root);
    }

    private static void writeVenue(ObjectNode out, VenueDoc venue) {
        out.put("id", venue.id());
        out.put("name", venue.name());
        out.put("lat", venue.lat());
        out.put("lon", venue.lon());
        out.put("securityGrade", venue.securityGrade().name());
        out.put("prestige", venue.prestige());
        ArrayNode spaces = out.putArray("spaces");
        venue.spaces().forEach(space -> writeSpace(spaces.addObject(), space));
    }

    private static void writeSpace(ObjectNode out, SpaceDoc space) {
        out.put("id", space.id());
        out.put("name", space.name());
        ObjectNode capacity = out.putObject("capacity");
        // The record promises Layout order; sorting again keeps the output deterministic for any map.
        space.capacity().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> capacity.put(entry.getKey().name(), entry.getValue()));
        JsonOutput.putStrings(out, "features", space.features());
        out.put("turnoverMinutes", space.turnoverMinutes());
        ArrayNode open = out.putArray("open");
        space.open()
                .forEach(window -> open.addObject()
                        .put("from", OpeningWindow.format(window.fromMinute()))
                        .put("to", OpeningWindow.format(window.toMinute())));
        // Only a divisible space has parts: documents without any stay as they were.
        if (!space.parts().isEmpty()) {
            JsonOutput.putStrings(out, "parts", space.parts());
        }
        ArrayNode blackouts = out.putArray("blackouts");
        space.blackouts().forEach(blackout -> {
            ObjectNode period = blackouts.addObject();
            JsonOutput.putTime(period, "start", blackout.start());
            JsonOutput.putTime(period, "end", blackout.end());
            JsonOutput.putOptional(period, "reason", blackout.reason());
        });
    }

    private static void writeDelegation(ObjectNode out, DelegationDoc delegation) {
        out.put("id", delegation.id());
        JsonOutput.putOptional(out, "country", delegation.country());
        out.put("name", delegation.name());
        out.put("headRank", delegation.headRank().name());
        out.put("size", delegation.size());
        JsonOutput.putTime(out, "arrival", delegation.arrival());
        JsonOutput.putTime(out, "departure", delegation.departure());
        JsonOutput.putOptional(out, "hotelVenueId", delegation.hotelVenueId());
        JsonOutput.putStrings(out, "separateFrom", delegation.separateFrom());
    }

    private static void writeEvent(ObjectNode out, EventDoc event) {
        out.put("id", event.id());
        out.put("title", event.title());
        out.put("type", event.type().name());
        JsonOutput.putStrings(out, "delegations", event.delegations());
        out.put("headcount", event.headcount());
        out.put("layout", event.layout().name());
        out.put("durationMinutes", event.durationMinutes());
        JsonOutput.putStrings(out, "requiredFeatures", event.requiredFeatures());
        if (event.minSecurityGrade() != null) {
            out.put("minSecurityGrade", event.minSecurityGrade().name());
        }
        JsonOutput.putOptionalTime(out, "earliestStart", event.earliestStart());
        JsonOutput.putOptionalTime(out, "latestEnd", event.latestEnd());
        JsonOutput.putStrings(out, "preferredSpaces", event.preferredSpaces());
        JsonOutput.putStrings(out, "excludedSpaces", event.excludedSpaces());
        out.put("priority", event.priority());
        JsonOutput.putStrings(out, "after", event.after());
        writePlacement(out, "pinned", event.pinned());
        writePlacement(out, "published", event.published());
        out.put("confidential", event.confidential());
    }

    private static void writePlacement(ObjectNode out, String field, Placement placement) {
        if (placement != null) {
            ObjectNode place = out.putObject(field);
            place.put("spaceId", placement.spaceId());
            JsonOutput.putTime(place, "start", placement.start());
        }
    }

    private static void writeClosure(ObjectNode out, ClosureDoc closure) {
        out.put("spaceId", closure.spaceId());
        JsonOutput.putTime(out, "start", closure.start());
        JsonOutput.putTime(out, "end", closure.end());
        JsonOutput.putOptional(out, "reason", closure.reason());
        out.put("derived", closure.derived());
    }
}
