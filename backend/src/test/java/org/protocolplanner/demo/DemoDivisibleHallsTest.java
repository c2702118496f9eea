package org.protocolplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protocolplanner.venue.Space;
import org.protocolplanner.venue.Venue;

/** Phase II's divisible plenary hall: a whole of two parts, with no seat figure that no source gives. */
class DemoDivisibleHallsTest {

    @Test
    void phaseTwoGetsItsPlenaryHallAsAWholeOfTwoPartsWithoutSeats() {
        Venue phaseTwo = new Venue(DemoDivisibleHalls.PHASE_II, "China National Convention Center Phase II");

        DemoDivisibleHalls.divide(phaseTwo);
        DemoDivisibleHalls.divide(phaseTwo);

        assertThat(phaseTwo.getSpaces()).extracting(Space::getId).hasSize(3);
        Space hall = phaseTwo.getSpaces().get(0);
        assertThat(hall.getNameEn()).isEqualTo("Plenary hall");
        assertThat(hall.getParts())
                .containsExactly(
                        phaseTwo.getSpaces().get(1).getId(),
                        phaseTwo.getSpaces().get(2).getId());
        assertThat(phaseTwo.getSpaces())
                .allSatisfy(space -> assertThat(space.hasAnyCapacity()).isFalse());
        assertThat(phaseTwo.getSpaces().get(1).getNotes()).contains("demo assumption", "not published");
        assertThat(phaseTwo.isIncomplete()).isTrue();
    }

    @Test
    void noOtherVenueIsDivided() {
        Venue phaseOne = new Venue("china-national-convention-center-phase-i", "China National Convention Center");

        DemoDivisibleHalls.divide(phaseOne);

        assertThat(phaseOne.getSpaces()).isEmpty();
    }
}
