package org.protocolplanner.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tile server behind the venue map, set by the operator: {@code PLANNER_MAP_TILE_URL}, a Leaflet URL
 * template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, and {@code PLANNER_MAP_ATTRIBUTION},
 * the credit the tile server asks for (the map shows it as HTML, so a link may be given). Unset, the map
 * draws its markers on a blank background. Browsers may load images from exactly the tile server's hosts:
 * the Content Security Policy is made from this setting too.
 */
@ConfigurationProperties("planner.map")
public record MapTiles(String tileUrl, String attribution) {

    /** Leaflet's default subdomains, which a {@code {s}} before the host stands for. */
    private static final List<String> SUBDOMAINS = List.of("a", "b", "c");

    private static final Pattern TEMPLATE =
            Pattern.compile("(?i)(https?)://(\\{s}\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)*)(:\\d{1,5})?(?:[/?#].*)?");

    /** A template the browser could not be allowed to load from by host stops the start, naming the setting. */
    public MapTiles {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        attribution = attribution == null ? "" : attribution;
        if (tileUrl != null && !TEMPLATE.matcher(tileUrl).matches()) {
            throw new IllegalArgumentException("planner.map.tile-url (PLANNER_MAP_TILE_URL) must be an http(s) URL"
                    + " template whose host is a name, optionally after {s}. (for example"
                    + " https://{s}.tile.example.org/{z}/{x}/{y}.png), not " + tileUrl);
        }
    }

    /** The origins the map's tiles come from: none without a tile server, three for a {s} template. */
    public List<String> origins() {
        if (tileUrl == null) {
            return List.of();
        }
        Matcher url = TEMPLATE.matcher(tileUrl);
        url.matches();
        String scheme = url.group(1).toLowerCase(Locale.ROOT) + "://";
        String host = url.group(3).toLowerCase(Locale.ROOT) + (url.group(4) == null ? "" : url.group(4));
        if (url.group(2) == null) {
            return List.of(scheme + host);
        }
        return SUBDOMAINS.stream()
                .map(subdomain -> scheme + subdomain + "." + host)
                .toList();
    }
}
