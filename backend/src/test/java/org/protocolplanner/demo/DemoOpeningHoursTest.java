package org.protocolplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.protocol.Feature;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.SpaceOpeningWindow;
import org.protocolplanner.venue.Venue;

/** The demo manager's venues open daily 08:00-22:00 with conference facilities, said to be demo assumptions; what a space has stays. */
class DemoOpeningHoursTest {

    @Test
    void opensAndEquipsBareSpacesAndSaysItIsADemoAssumption() {
        Venue venue = new Venue("cncc", "China National Convention Center");
        Space hall = venue.addSpace("cncc-hall", "Main hall");
        hall.setNotes("Largest hall.");
        hall.setCapacity(Map.of(Layout.BANQUET, 3500));
        Space room = venue.addSpace("cncc-room", "Meeting room");
        room.setOpeningHours(List.of(new SpaceOpeningWindow(9 * 60, 17 * 60)));
        room.setFeatures(List.of(Feature.OUTDOOR));

        DemoOpeningHours.equipWhereMissing(venue);

        assertThat(hall.getOpeningHours()).containsExactly(new SpaceOpeningWindow(480, 1320));
        assertThat(hall.getFeatures()).contains(Feature.INTERPRETATION, Feature.PRESS_AREA, Feature.KITCHEN);
        assertThat(hall.getNotes())
                .isEqualTo("Largest hall. " + DemoOpeningHours.HOURS_NOTE + " " + DemoOpeningHours.FACILITIES_NOTE);
        assertThat(room.getOpeningHours()).containsExactly(new SpaceOpeningWindow(540, 1020));
        assertThat(room.getFeatures()).containsExactly(Feature.OUTDOOR);
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
