package org.protocolplanner.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.Horizon;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;
import org.protocolplanner.exchange.SpaceDoc;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.shared.protocol.SecurityGrade;

class SyntheticVenueGeneratorTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 9, 7, 0, 0);
    private static final Horizon SUMMIT_WEEK = new Horizon(MONDAY, MONDAY.plusDays(7), 15);
    private static final List<SyntheticSite> RECEPTION_SITES =
            new SyntheticVenueGenerator(7).generate(456, SUMMIT_WEEK);

    @Test
    void theSameSeedGivesTheSameSitesAndAnotherSeedOthers() {
        assertThat(new SyntheticVenueGenerator(7).generate(456, SUMMIT_WEEK)).isEqualTo(RECEPTION_SITES);
        assertThat(new SyntheticVenueGenerator(8).generate(456, SUMMIT_WEEK)).isNotEqualTo(RECEPTION_SITES);
    }

    @Test
    void fourHundredFiftySixSitesHoldOverAThousandSpacesOfOneToFiveEach() {
        List<VenueDoc> venues = venues();

        assertThat(venues).hasSize(456);
        assertThat(venues).allSatisfy(v -> assertThat(v.spaces()).hasSizeBetween(1, 5));
        assertThat(venues.stream().mapToInt(v -> v.spaces().size()).sum()).isGreaterThan(1000);
    }

    @Test
    void everySiteSaysItIsSyntheticInBothLanguages() {
        assertThat(RECEPTION_SITES).allSatisfy(site -> {
            String number = site.venue().id().substring("syn-".length());
            assertThat(site.venue().id()).matches("syn-\\d{3}");
            assertThat(site.venue().name())
                    .isEqualTo("Synthetic reception site " + number + " (" + site.district() + ")");
            assertThat(site.nameZh()).startsWith("模拟外事接待点位 " + number);
            assertThat(site.type()).startsWith("synthetic ");
        });
        assertThat(RECEPTION_SITES.get(16).venue().id()).isEqualTo("syn-017");
    }

    @Test
    void everySpaceHasTheChineseNameItsEnglishNameCarries() {
        assertThat(RECEPTION_SITES).allSatisfy(site -> {
            assertThat(site.spaceNamesZh().keySet())
                    .containsExactlyInAnyOrderElementsOf(site.venue().spaces().stream()
                            .map(space -> space.id())
                            .toList());
            site.venue()
                    .spaces()
                    .forEach(space -> assertThat(space.name())
                            .endsWith(" (" + site.spaceNamesZh().get(space.id()) + ")"));
            assertThat(site.spaceNamesZh().values())
                    .allSatisfy(name -> assertThat(name).matches("\\p{IsHan}+"));
        });
    }

    @Test
    void sitesLieInBeijingClusteredByDistrict() {
        assertThat(venues()).allSatisfy(v -> {
            assertThat(v.lat()).isBetween(39.44, 41.06);
            assertThat(v.lon()).isBetween(115.42, 117.51);
        });
        Set<String> districts =
                RECEPTION_SITES.stream().map(SyntheticSite::district).collect(Collectors.toSet());
        assertThat(districts).hasSize(16);
        for (String district : districts) {
            List<VenueDoc> inDistrict = RECEPTION_SITES.stream()
                    .filter(s -> s.district().equals(district))
                    .map(SyntheticSite::venue)
                    .toList();
            VenueDoc first = inDistrict.get(0);
            assertThat(inDistrict)
                    .as(district)
                    .allSatisfy(v -> assertThat(HardRuleRecount.haversineKm(first.lat(), first.lon(), v.lat(), v.lon()))
                            .isLessThan(16.1));
        }
    }

    @Test
    void gradesAndPrestigeSpreadOverTheirRange() {
        assertThat(venues().stream().map(VenueDoc::securityGrade).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SecurityGrade.values());
        assertThat(venues()).allSatisfy(v -> assertThat(v.prestige()).isBetween(2, 10));
        assertThat(venues().stream().map(VenueDoc::prestige).distinct()).hasSize(9);
    }

    @Test
    void evenASmallCatalogueHasAGradeAPlenaryHall() {
        List<VenueDoc> few = new SyntheticVenueGenerator(3)
                .generate(5, SUMMIT_WEEK).stream().map(SyntheticSite::venue).toList();

        assertThat(few).anySatisfy(v -> {
            assertThat(v.securityGrade()).isEqualTo(SecurityGrade.A);
            assertThat(v.spaces())
                    .anySatisfy(
                            s -> assertThat(s.capacity().get(Layout.THEATRE)).isGreaterThan(400));
        });
    }

    @Test
    void spacesHaveUniqueIdsPlausibleCapacitiesAndHoursAndBlackoutsInsideTheHorizon() {
        List<SpaceDoc> spaces =
                venues().stream().flatMap(v -> v.spaces().stream()).toList();
        Set<String> ids = new HashSet<>();

        assertThat(spaces).allSatisfy(space -> {
            assertThat(ids.add(space.id())).as(space.id()).isTrue();
            assertThat(space.capacity()).isNotEmpty();
            assertThat(space.capacity().values()).allSatisfy(c -> assertThat(c).isBetween(5, 3750));
            assertThat(space.turnoverMinutes()).isIn(15, 30, 45, 60);
            for (OpeningWindow w : space.open()) {
                assertThat(w.fromMinute()).isGreaterThanOrEqualTo(0).isLessThan(w.toMinute());
                assertThat(w.toMinute()).isLessThanOrEqualTo(1440);
            }
            for (Period blackout : space.blackouts()) {
                assertThat(blackout.start()).isAfterOrEqualTo(SUMMIT_WEEK.start());
                assertThat(blackout.end()).isAfter(blackout.start()).isBeforeOrEqualTo(SUMMIT_WEEK.end());
            }
        });
        assertThat(spaces.stream().filter(s -> !s.blackouts().isEmpty()).count())
                .isBetween(50L, 170L);
        assertThat(spaces).anySatisfy(s -> assertThat(s.open()).hasSize(2));
        assertThat(spaces).anySatisfy(s -> assertThat(s.open()).containsExactly(new OpeningWindow(0, 1440)));
    }

    private static List<VenueDoc> venues() {
        return RECEPTION_SITES.stream().map(SyntheticSite::venue).toList();
    }
}
