package org.protocolplanner.venue;

import org.jspecify.annotations.Nullable;
import org.protocolplanner.shared.web.MapTiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tile server the venue map draws on, as the operator configured it: a setting of the server, not of the UI's build. */
@RestController
class MapTilesController {

    /**
     * @param tileUrl     a Leaflet URL template ({z}, {x}, {y}, and {s} for a subdomain); null when no tile
     *                    server is configured and the map draws on a blank background
     * @param attribution the credit the tile server asks for, as HTML; empty when none is needed
     */
    record MapTilesResponse(@Nullable String tileUrl, String attribution) {}

    private final MapTiles tiles;

    MapTilesController(MapTiles tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/api/map-tiles")
    MapTilesResponse mapTiles() {
        return new MapTilesResponse(tiles.tileUrl(), tiles.attribution());
    }
}
