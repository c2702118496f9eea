package org.protocolplanner.venue;

import org.jspecify.annotations.Nullable;

/** A value of an imported document that the catalogue does not share, and what the import did about it. */
public record CatalogueDifference(
        String path, String documentValue, @Nullable String catalogueValue, String resolution) {}
