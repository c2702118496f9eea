package org.protocolplanner.planning;

import java.util.List;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;

/** Travel minutes between venues exactly as docs/reference/exchange-format.md derives them. */
public final class TravelTimes {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private TravelTimes() {}

    /** The matrix of travel minutes, indexed like {@code venues}; 0 on the diagonal (the same venue). */
    static int[][] matrix(List<VenueDoc> venues, TravelModel travel) {
        int[][] minutes = new int[venues.size()][venues.size()];
        for (int from = 0; from < venues.size(); from++) {
            for (int to = from + 1; to < venues.size(); to++) {
                int trip = minutes(venues.get(from), venues.get(to), travel);
                minutes[from][to] = trip;
                minutes[to][from] = trip;
            }
        }
        return minutes;
    }

    /** {@code ceil(x - 1e-9)} with {@code x = fixed + km * roadFactor / speed * 60}; 0 between a venue and itself. */
    public static int minutes(VenueDoc from, VenueDoc to, TravelModel travel) {
        if (from.id().equals(to.id())) {
            return 0;
        }
        double x = travel.fixedMinutes() + haversineKm(from, to) * travel.roadFactor() / travel.speedKmh() * 60;
        return (int) Math.ceil(x - 1e-9);
    }

    public static double haversineKm(VenueDoc from, VenueDoc to) {
        double phi1 = Math.toRadians(from.lat());
        double phi2 = Math.toRadians(to.lat());
        double halfDeltaPhi = (phi2 - phi1) / 2;
        double halfDeltaLambda = Math.toRadians(to.lon() - from.lon()) / 2;
        double h = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
