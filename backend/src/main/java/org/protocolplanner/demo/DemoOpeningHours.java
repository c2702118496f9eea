package org.protocolplanner.demo;

import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.SpaceOpeningWindow;
import org.protocolplanner.venue.Venue;

/**
 * Opening hours and facilities for the spaces of the venues the demo venue manager manages. The
 * reference catalogue publishes neither: a space without opening hours is never open, and every
 * engagement of the demo summit that fits these halls needs facilities (interpretation, a press
 * area, a kitchen...), so without these the solver would never place an engagement there and the
 * demo manager's inbox would stay empty. Daily 08:00-22:00 Beijing time and the facilities a
 * state-level conference centre has are planning judgements, not published facts: each space so
 * equipped says so in its notes, and its venue is already marked as graded by demo assumption.
 */
final class DemoOpeningHours {

    static final int FROM_MINUTE = 8 * 60;
    static final int TO_MINUTE = 22 * 60;
    static final List<Feature> CONFERENCE_FACILITIES = List.of(
            Feature.INTERPRETATION,
            Feature.STAGE,
            Feature.PRESS_AREA,
            Feature.ACCESSIBLE,
            Feature.SECURE_HOLDING_ROOM,
            Feature.BROADCAST);
    static final String HOURS_NOTE = "Opening hours daily 08:00-22:00 Beijing time: demo assumption.";
    static final String FACILITIES_NOTE = "Facilities: demo assumption.";

    private DemoOpeningHours() {}

    /**
     * Opens every space of the venue that has no opening hours, and equips every space that lists
     * no facilities (a kitchen too where it seats a banquet); what a space already has stays.
     */
    static void equipWhereMissing(Venue venue) {
        for (Space space : venue.getSpaces()) {
            if (space.getOpeningHours().isEmpty()) {
                space.setOpeningHours(List.of(new SpaceOpeningWindow(FROM_MINUTE, TO_MINUTE)));
                addNote(space, HOURS_NOTE);
            }
            if (space.getFeatures().isEmpty()) {
                List<Feature> features = new ArrayList<>(CONFERENCE_FACILITIES);
                if (space.getCapacity().containsKey(Layout.BANQUET)) {
                    features.add(Feature.KITCHEN);
                }
                space.setFeatures(features);
                addNote(space, FACILITIES_NOTE);
            }
        }
    }

    private static void addNote(Space space, String note) {
        space.setNotes(space.getNotes() == null ? note : space.getNotes() + " " + note);
    }
}
