package org.protocolplanner.plan.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.exchange.ClosureDoc;
import org.protocolplanner.exchange.PlanDocument;
import org.protocolplanner.plan.Plan;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a plan's content looked like at one moment, item by item: a fingerprint of every delegation
 * and engagement (all fields of the exchange format), each engagement's assignment, the plan's own
 * closures, its weights and the venues it may use. A scenario keeps its origin's fingerprint from
 * the copy, so that a refused adoption can say what changed in the live plan since.
 */
record PlanFingerprint(
        Map<String, String> delegations,
        Map<String, String> engagements,
        Map<String, String> assignments,
        List<String> closures,
        Map<String, Integer> weights,
        List<String> venues) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One difference between two fingerprints, such as ("engagement", "E12", "moved"). */
    record Change(String item, String id, String change) {}

    static PlanFingerprint of(Plan plan, PlanDocument document, List<Engagement> engagements) {
        Map<String, String> delegations = new LinkedHashMap<>();
        document.delegations().forEach(delegation -> delegations.put(delegation.id(), digest(delegation.toString())));
        Map<String, String> events = new LinkedHashMap<>();
        document.events().forEach(event -> events.put(event.id(), digest(event.toString())));
        Map<String, String> assignments = new LinkedHashMap<>();
        engagements.forEach(engagement -> assignments.put(
                engagement.getRef(),
                engagement.isScheduled()
                        ? engagement.getAssignedSpaceId() + " " + engagement.getAssignedStart()
                        : "unscheduled"));
        List<String> closures = document.closures().stream()
                .filter(closure -> !closure.derived())
                .map(ClosureDoc::toString)
                .map(PlanFingerprint::digest)
                .toList();
        return new PlanFingerprint(
                delegations,
                events,
                assignments,
                closures,
                new LinkedHashMap<>(document.constraintWeights()),
                List.copyOf(plan.getVenueIds()));
    }

    /** What differs now ({@code this}) from {@code earlier}, in a stable order: delegations, engagements, the rest. */
    List<Change> changesSince(PlanFingerprint earlier) {
        List<Change> changes = new ArrayList<>();
        compare("delegation", earlier.delegations, delegations, "changed", changes);
        compare("engagement", earlier.engagements, engagements, "changed", changes);
        assignments.forEach((ref, place) -> {
            String before = earlier.assignments.get(ref);
            if (before != null && !before.equals(place)) {
                changes.add(new Change(
                        "engagement",
                        ref,
                        place.equals("unscheduled")
                                ? "unscheduled"
                                : before.equals("unscheduled") ? "scheduled" : "moved"));
            }
        });
        countDifference("closure", earlier.closures, closures, changes);
        Set<String> weightIds = new HashSet<>(earlier.weights.keySet());
        weightIds.addAll(weights.keySet());
        weightIds.stream()
                .sorted()
                .filter(id -> !Objects.equals(earlier.weights.get(id), weights.get(id)))
                .forEach(id -> changes.add(new Change("weight", id, "changed")));
        if (!earlier.venues.equals(venues)) {
            changes.add(new Change("venues", null, "changed"));
        }
        return changes;
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static PlanFingerprint fromJson(String json) {
        return JSON.readValue(json, PlanFingerprint.class);
    }

    private static void compare(
            String item, Map<String, String> before, Map<String, String> now, String changed, List<Change> changes) {
        before.forEach((id, fingerprint) -> {
            if (!now.containsKey(id)) {
                changes.add(new Change(item, id, "removed"));
            } else if (!now.get(id).equals(fingerprint)) {
                changes.add(new Change(item, id, changed));
            }
        });
        now.keySet().stream()
                .filter(id -> !before.containsKey(id))
                .forEach(id -> changes.add(new Change(item, id, "added")));
    }

    /** Closures have no id of their own: say how many were added and removed. */
    private static void countDifference(String item, List<String> before, List<String> now, List<Change> changes) {
        long removed = before.stream().filter(closure -> !now.contains(closure)).count();
        long added = now.stream().filter(closure -> !before.contains(closure)).count();
        if (removed > 0) {
            changes.add(new Change(item, null, removed + " removed"));
        }
        if (added > 0) {
            changes.add(new Change(item, null, added + " added"));
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
