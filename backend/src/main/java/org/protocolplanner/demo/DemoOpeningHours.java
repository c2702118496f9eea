package org.protocolplanner.demo;

import java.util.List;
import org.protocolplanner.venue.OpeningHours;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.Venue;

/**
 * Opening hours for the spaces of the venues the demo venue manager manages. The reference
 * catalogue publishes no opening hours, and a space without any is never open, so without these
 * the solver would never place an engagement there and the demo manager's inbox would stay empty.
 * Daily 08:00-22:00 Beijing time is a planning judgement, not a published fact: each space so opened
 * says so in its notes, and its venue is already marked as graded by demo assumption.
 */
final class DemoOpeningHours {

    static final int FROM_MINUTE = 8 * 60;
    static final int TO_MINUTE = 22 * 60;
    static final String NOTE = "Opening hours daily 08:00-22:00 Beijing time: demo assumption.";

    private DemoOpeningHours() {
    }

    /** Opens every space of the venue that has no opening hours; spaces with hours of their own keep them. */
    static void openWhereClosed(Venue venue) {
        for (Space space : venue.getSpaces()) {
            if (space.getOpeningHours().isEmpty()) {
                space.setOpeningHours(List.of(new OpeningHours(FROM_MINUTE, TO_MINUTE)));
                space.setNotes(space.getNotes() == null ? NOTE : space.getNotes() + " " + NOTE);
            }
        }
    }
}
