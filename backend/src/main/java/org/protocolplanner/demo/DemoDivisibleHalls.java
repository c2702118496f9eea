package org.protocolplanner.demo;

import java.util.List;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.Venue;

/**
 * The China National Convention Center Phase II's plenary hall, which its sources describe as a "7,300 m2
 * divisible plenary hall (seats not published)", modelled as a whole made of two parts (decision 0135). The
 * reference catalogue gives the venue no space of its own, since it publishes no seats for it. The hall is a
 * published fact; that it divides in two is a demo assumption, and the seats of the hall and of its parts
 * stay blank as every figure no source gives does: the venue stays incomplete, and no engagement is placed
 * there until someone who knows the hall enters its figures.
 */
final class DemoDivisibleHalls {

    static final String PHASE_II = "china-national-convention-center-phase-ii";
    static final String PLENARY_HALL = PHASE_II + "-plenary-hall";
    static final String HALL_NOTE =
            "7,300 m2 divisible plenary hall; seats not published [breakingtravelnews.com, 2022].";
    static final String PART_NOTE = "Part of the divisible plenary hall. That the hall divides in two is a demo"
            + " assumption: how it divides and the seats of each part are not published.";

    private DemoDivisibleHalls() {}

    /** Adds the plenary hall and its two parts to Phase II, unless the venue has a space of that id already. */
    static void divide(Venue venue) {
        if (!PHASE_II.equals(venue.getId())
                || venue.getSpaces().stream().anyMatch(space -> space.getId().startsWith(PLENARY_HALL))) {
            return;
        }
        Space hall = space(venue, PLENARY_HALL, "Plenary hall", "大会堂", HALL_NOTE);
        Space first = space(venue, PLENARY_HALL + "-part-1", "Plenary hall, part 1", "大会堂第一分厅", PART_NOTE);
        Space second = space(venue, PLENARY_HALL + "-part-2", "Plenary hall, part 2", "大会堂第二分厅", PART_NOTE);
        hall.setParts(List.of(first.getId(), second.getId()));
    }

    private static Space space(Venue venue, String id, String nameEn, String nameZh, String notes) {
        Space space = venue.addSpace(id, nameEn);
        space.setNameZh(nameZh);
        space.setSources(venue.getSources());
        space.setNotes(notes);
        return space;
    }
}
