package org.protocolplanner.tools.generator;

import java.util.Map;
import org.protocolplanner.exchange.VenueDoc;

/**
 * A synthetic "Visit Beijing" designated reception site: the venue as the exchange format holds
 * it, plus what the catalogue keeps beside it (its Chinese name, its spaces' Chinese names by space
 * id, district and type). Its names say that it is synthetic, in both languages.
 */
public record SyntheticSite(
        VenueDoc venue, String nameZh, Map<String, String> spaceNamesZh, String district, String type) {}
