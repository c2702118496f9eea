package org.protocolplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.venue.OpeningHours;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.Venue;

/** The demo manager's venues open daily 08:00-22:00, said to be a demo assumption; hours of their own stay. */
class DemoOpeningHoursTest {

    @Test
    void opensClosedSpacesDailyAndSaysItIsADemoAssumption() {
        Venue venue = new Venue("cncc", "China National Convention Center");
        Space hall = venue.addSpace("cncc-hall", "Main hall");
        hall.setNotes("Largest hall.");
        Space room = venue.addSpace("cncc-room", "Meeting room");
        room.setOpeningHours(List.of(new OpeningHours(9 * 60, 17 * 60)));

        DemoOpeningHours.openWhereClosed(venue);

        assertThat(hall.getOpeningHours()).containsExactly(new OpeningHours(480, 1320));
        assertThat(hall.getNotes()).isEqualTo("Largest hall. " + DemoOpeningHours.NOTE);
        assertThat(room.getOpeningHours()).containsExactly(new OpeningHours(540, 1020));
        assertThat(room.getNotes()).isNull();
    }

    @Test
    void theDemoManagerManagesTheConventionCentreButNoSyntheticSite() {
        Venue cncc = new Venue("cncc-2", "China National Convention Center II");
        Venue synthetic = new Venue("synthetic-1", "China National Convention Center annex");
        synthetic.setSynthetic(true);
        Venue guesthouse = new Venue("dyt", "Diaoyutai State Guesthouse");

        assertThat(DemoData.isManagedByDemoManager(cncc)).isTrue();
        assertThat(DemoData.isManagedByDemoManager(synthetic)).isFalse();
        assertThat(DemoData.isManagedByDemoManager(guesthouse)).isFalse();
    }
}
