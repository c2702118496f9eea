package org.protocolplanner.tools.generator;

import org.protocolplanner.exchange.VenueDoc;

/**
 * A synthetic "Visit Beijing" designated reception site: the venue as the exchange format holds
 * it, plus what the catalogue keeps beside it (its Chinese name, district and type). Its names say
 * that it is synthetic, in both languages.
 */
public record SyntheticSite(VenueDoc venue, String nameZh, String district, String type) {}
