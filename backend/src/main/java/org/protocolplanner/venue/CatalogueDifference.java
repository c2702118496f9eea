package org.protocolplanner.venue;

/** A value of an imported document that the catalogue does not share, and what the import did about it. */
public record CatalogueDifference(String path, String documentValue, String catalogueValue, String resolution) {
}
