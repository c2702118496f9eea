package org.protocolplanner.exchange;

/** Parameters of the travel-time model between venues (docs/reference/exchange-format.md, derived values). */
public record TravelModel(double speedKmh, double roadFactor, int fixedMinutes) {

    public static final TravelModel DEFAULT = new TravelModel(35, 1.3, 10);
}
