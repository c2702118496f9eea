package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The hosts a tile server's URL template lets the browser load images from. */
class MapTilesTest {

    @Test
    void noTileServerAllowsNoHost() {
        assertThat(new MapTiles(null, null).origins()).isEmpty();
        assertThat(new MapTiles("  ", null).tileUrl()).isNull();
    }

    @Test
    void aTemplateAllowsItsOriginWithItsPortAndASubdomainPlaceholderItsThreeSubdomains() {
        assertThat(new MapTiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "").origins())
                .containsExactly("https://tile.openstreetmap.org");
        assertThat(new MapTiles("http://Tiles.Example.org:8081/osm/{z}/{x}/{y}.png?key=1", "").origins())
                .containsExactly("http://tiles.example.org:8081");
        assertThat(new MapTiles("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png", "").origins())
                .containsExactly(
                        "https://a.tile.example.org", "https://b.tile.example.org", "https://c.tile.example.org");
    }

    @Test
    void aTemplateWhoseHostCannotBeNamedInAPolicyStopsTheStart() {
        for (String template : new String[] {
            "tile.example.org/{z}/{x}/{y}.png",
            "ftp://tile.example.org/{z}.png",
            "https://{z}.tile.example.org/{x}/{y}.png",
            "https://tile.example.org;script-src *",
            "https://*/{z}.png",
            "https://tile.example.org:port/{z}.png"
        }) {
            assertThatThrownBy(() -> new MapTiles(template, ""))
                    .as(template)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PLANNER_MAP_TILE_URL");
        }
    }
}
