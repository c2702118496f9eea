package org.protocolplanner.plan.generator;

import org.protocolplanner.plan.exchange.TravelModel;
import org.protocolplanner.plan.exchange.VenueDoc;

/** Travel minutes between venues, exactly as plan-exchange-format.md derives them. */
final class TravelTimes {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final TravelModel model;

    TravelTimes(TravelModel model) {
        this.model = model;
    }

    /** 0 for the same venue id; otherwise {@code ceil(fixed + d * roadFactor / speed * 60 - 1e-9)}. */
    int minutes(VenueDoc from, VenueDoc to) {
        if (from.id().equals(to.id())) {
            return 0;
        }
        double x = model.fixedMinutes() + distanceKm(from, to) * model.roadFactor() / model.speedKmh() * 60;
        return (int) Math.ceil(x - 1e-9);
    }

    static double distanceKm(VenueDoc a, VenueDoc b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(b.lon() - a.lon()) / 2;
        double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
