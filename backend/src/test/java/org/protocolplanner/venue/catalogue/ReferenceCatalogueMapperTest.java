package org.protocolplanner.venue.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceVenue;

/** The real venues are mapped as docs/reference/roles.md says, and no figure is invented for a real place. */
class ReferenceCatalogueMapperTest {

    private final ReferenceCatalogue catalogue = ReferenceCatalogueMapper.load();

    @Test
    void subVenueRowsBecomeSpacesOfTheirParentWithTheirPublishedFigures() {
        ReferenceVenue greatHall = venue("great-hall-of-the-people");
        assertThat(greatHall.nameZh()).isEqualTo("人民大会堂");
        assertThat(greatHall.spaces())
                .extracting(ReferenceCatalogue.ReferenceSpace::id)
                .containsExactly(
                        "great-hall-of-the-people-great-auditorium",
                        "great-hall-of-the-people-state-banquet-hall",
                        "great-hall-of-the-people-golden-hall");
        assertThat(greatHall.spaces().get(0).capacity()).isEqualTo(Map.of(Layout.THEATRE, 10000));
        assertThat(greatHall.spaces().get(1).capacity()).isEqualTo(Map.of(Layout.BANQUET, 5000));
        assertThat(greatHall.spaces().get(2).capacity())
                .as("seats unknown stay unknown")
                .isEmpty();
    }

    @Test
    void aParentsOwnFiguresBecomeAMainHallOnlyWhenNoSubVenueCarriesThem() {
        assertThat(venue("china-national-convention-center-phase-i").spaces())
                .noneMatch(space -> space.id().endsWith("-main-hall"));
        ReferenceVenue ncpa = venue("national-centre-for-the-performing-arts");
        assertThat(ncpa.spaces()).hasSize(1);
        assertThat(ncpa.spaces().get(0).capacity()).isEqualTo(Map.of(Layout.THEATRE, 2398));
    }

    @Test
    void linearFeaturesAndEmbassyDistrictsAreAreas() {
        assertThat(catalogue.areas())
                .extracting(ReferenceCatalogue.ReferenceArea::id)
                .containsExactlyInAnyOrder(
                        "beijing-central-axis",
                        "chang-an-avenue",
                        "first-embassy-area-jianguomenwai",
                        "second-embassy-area-sanlitun",
                        "third-embassy-area-liangmaqiao",
                        "fourth-embassy-area-dongba");
        assertThat(catalogue.venues()).extracting(ReferenceVenue::id).contains("tian-anmen-square-tian-anmen-area");
    }

    @Test
    void everyRowIsAVenueASpaceOrAnAreaAndKeepsItsSources() {
        int spaces = catalogue.venues().stream()
                .mapToInt(venue -> (int) venue.spaces().stream()
                        .filter(space -> !space.id().endsWith("-main-hall"))
                        .count())
                .sum();
        assertThat(catalogue.venues().size() + spaces + catalogue.areas().size())
                .isEqualTo(57);
        assertThat(catalogue.venues()).allMatch(venue -> venue.sources() != null);
        ReferenceVenue unknownPlace = venue("journalists-home-hotel");
        assertThat(unknownPlace.lat()).isNull();
        assertThat(unknownPlace.nameZh()).isNull();
    }

    private ReferenceVenue venue(String id) {
        return catalogue.venues().stream()
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
