package org.protocolplanner.venue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.protocolplanner.shared.web.InputError;

/**
 * The rules of a divisible space's parts (plan-exchange-format.md, space {@code parts}) as the venue editor
 * applies them: other spaces of the same venue, each once, none with parts of its own, and no parts for a
 * space that is itself a part. The database keeps the same rules (decision 0134).
 */
final class SpaceParts {

    private SpaceParts() {}

    /** The parts asked for, each wrong one reported at its index; an empty list when none are asked. */
    static List<String> check(Venue venue, Space space, List<String> parts, List<InputError> errors) {
        if (parts == null || parts.isEmpty()) {
            return List.of();
        }
        venue.getSpaces().stream()
                .filter(whole -> whole.getParts().contains(space.getId()))
                .findFirst()
                .ifPresent(whole -> errors.add(
                        new InputError("parts", "cannot be given: this space is a part of '" + whole.getId() + "'")));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String id = parts.get(i);
            String path = "parts[" + i + "]";
            Space part = venue.getSpaces().stream()
                    .filter(s -> s.getId().equals(id))
                    .findFirst()
                    .orElse(null);
            if (id.equals(space.getId())) {
                errors.add(new InputError(path, "is this space itself"));
            } else if (part == null) {
                errors.add(new InputError(path, "'" + id + "' is not a space of this venue"));
            } else if (!part.getParts().isEmpty()) {
                errors.add(new InputError(path, "'" + id + "' has parts of its own"));
            } else if (!seen.add(id)) {
                errors.add(new InputError(path, "is listed twice"));
            }
        }
        return List.copyOf(parts);
    }
}
