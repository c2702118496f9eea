package org.protocolplanner.venue.catalogue;

import java.util.List;
import java.util.Map;
import org.protocolplanner.shared.protocol.Layout;

/**
 * The real Beijing venues of {@code db/reference/beijing-venues.csv}, mapped as docs/reference/roles.md says:
 * sub-venue rows are spaces of their parent, linear features and embassy districts are areas,
 * the rest are venues; published seat figures become capacities and unknown figures stay unknown.
 */
public record ReferenceCatalogue(List<ReferenceVenue> venues, List<ReferenceArea> areas) {

    public record ReferenceVenue(
            String id,
            String nameEn,
            String nameZh,
            String type,
            String district,
            Double lat,
            Double lon,
            String sources,
            String notes,
            List<ReferenceSpace> spaces) {}

    /** {@code capacity} holds only published figures. */
    public record ReferenceSpace(
            String id, String nameEn, String nameZh, Map<Layout, Integer> capacity, String sources, String notes) {}

    public record ReferenceArea(
            String id,
            String nameEn,
            String nameZh,
            String type,
            String district,
            Double lat,
            Double lon,
            String sources,
            String notes) {}
}
