package org.protocolplanner.plan;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.Placement;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.Message;

/**
 * The rules a place given by hand must keep, as a pinned place in a plan document does
 * (docs/reference/exchange-format.md): a space and a start both or neither, a space of a venue the plan may
 * use, a start on the grain at or after the horizon's start and before its end.
 */
final class PlacementChecks {

    private PlacementChecks() {}

    /**
     * @param knownSpace whether a space id is one of the plan's venues
     * @return the place, or null for none
     */
    static Placement check(Horizon horizon, Predicate<String> knownSpace, String spaceId, LocalDateTime start) {
        List<InputError> errors = new ArrayList<>();
        if (spaceId == null && start != null) {
            errors.add(new InputError("spaceId", Message.of("input.space-with-start")));
        } else if (spaceId != null && start == null) {
            errors.add(new InputError("start", Message.of("input.start-with-space")));
        }
        if (spaceId != null && !knownSpace.test(spaceId)) {
            errors.add(new InputError("spaceId", Message.of("input.space-not-usable", spaceId)));
        }
        if (start != null && !onGrainInHorizon(horizon, start)) {
            errors.add(new InputError("start", Message.of("input.start-on-grain", horizon.grainMinutes())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return spaceId == null ? null : new Placement(spaceId, start);
    }

    private static boolean onGrainInHorizon(Horizon horizon, LocalDateTime start) {
        if (start.isBefore(horizon.start())
                || !start.isBefore(horizon.end())
                || start.getSecond() != 0
                || start.getNano() != 0) {
            return false;
        }
        return Duration.between(horizon.start(), start).toMinutes() % horizon.grainMinutes() == 0;
    }
}
