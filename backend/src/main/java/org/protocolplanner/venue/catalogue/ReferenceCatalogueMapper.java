package org.protocolplanner.venue.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protocolplanner.shared.protocol.Layout;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceArea;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceSpace;
import org.protocolplanner.venue.catalogue.ReferenceCatalogue.ReferenceVenue;

/** Reads the reference CSV and maps its rows to venues, spaces and areas. */
public final class ReferenceCatalogueMapper {

    public static final String RESOURCE = "/db/reference/beijing-venues.csv";

    private ReferenceCatalogueMapper() {}

    public static ReferenceCatalogue load() {
        try (InputStream in = ReferenceCatalogueMapper.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + RESOURCE + " is not on the classpath");
            }
            return map(CsvReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceCatalogue map(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> subVenuesByParent = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            if (isSubVenue(row)) {
                subVenuesByParent
                        .computeIfAbsent(row.get("parent"), parent -> new ArrayList<>())
                        .add(row);
            }
        }
        List<ReferenceVenue> venues = new ArrayList<>();
        List<ReferenceArea> areas = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (isSubVenue(row)) {
                continue;
            }
            if (isArea(row)) {
                areas.add(new ReferenceArea(
                        slug(row.get("name_en")),
                        row.get("name_en"),
                        blankToNull(row.get("name_zh")),
                        row.get("type"),
                        blankToNull(row.get("district")),
                        number(row.get("lat")),
                        number(row.get("lon")),
                        blankToNull(row.get("source_urls")),
                        blankToNull(row.get("notes"))));
            } else {
                List<Map<String, String>> children = subVenuesByParent.getOrDefault(row.get("name_en"), List.of());
                venues.add(venue(row, children));
            }
        }
        return new ReferenceCatalogue(venues, areas);
    }

    private static ReferenceVenue venue(Map<String, String> row, List<Map<String, String>> children) {
        String id = slug(row.get("name_en"));
        List<ReferenceSpace> spaces = new ArrayList<>();
        for (Map<String, String> child : children) {
            spaces.add(new ReferenceSpace(
                    slug(child.get("name_en")),
                    child.get("name_en"),
                    blankToNull(child.get("name_zh")),
                    capacity(child),
                    blankToNull(child.get("source_urls")),
                    blankToNull(child.get("notes"))));
        }
        Map<Layout, Integer> mainHall = figuresNotCarriedBySubVenues(capacity(row), spaces);
        if (!mainHall.isEmpty()) {
            spaces.add(
                    0,
                    new ReferenceSpace(
                            id + "-main-hall",
                            "Main hall",
                            "主会场",
                            mainHall,
                            blankToNull(row.get("source_urls")),
                            "Figures published for the venue as a whole."));
        }
        return new ReferenceVenue(
                id,
                row.get("name_en"),
                blankToNull(row.get("name_zh")),
                row.get("type"),
                blankToNull(row.get("district")),
                number(row.get("lat")),
                number(row.get("lon")),
                blankToNull(row.get("source_urls")),
                notes(row),
                spaces);
    }

    /**
     * A parent row's figures describe its main hall; they become a "main hall" space only when no
     * sub-venue row already carries them (the Great Hall's 10,000 seats are its Great Auditorium's).
     */
    private static Map<Layout, Integer> figuresNotCarriedBySubVenues(
            Map<Layout, Integer> parentFigures, List<ReferenceSpace> spaces) {
        Map<Layout, Integer> remaining = new EnumMap<>(Layout.class);
        parentFigures.forEach((layout, seats) -> {
            boolean carried = spaces.stream()
                    .anyMatch(space -> seats.equals(space.capacity().get(layout)));
            if (!carried) {
                remaining.put(layout, seats);
            }
        });
        return remaining;
    }

    /** Largest hall seats are a theatre figure, banquet seats a banquet figure; nothing else is a capacity. */
    private static Map<Layout, Integer> capacity(Map<String, String> row) {
        Map<Layout, Integer> capacity = new EnumMap<>(Layout.class);
        Double theatre = number(row.get("largest_hall_seats"));
        Double banquet = number(row.get("banquet_seats"));
        if (theatre != null) {
            capacity.put(Layout.THEATRE, theatre.intValue());
        }
        if (banquet != null) {
            capacity.put(Layout.BANQUET, banquet.intValue());
        }
        return capacity;
    }

    private static String notes(Map<String, String> row) {
        String notes = blankToNull(row.get("notes"));
        Double exhibition = number(row.get("exhibition_area_m2"));
        if (exhibition == null) {
            return notes;
        }
        String area = String.format(Locale.ROOT, "Exhibition area: %,d m2.", exhibition.longValue());
        return notes == null ? area : notes + " " + area;
    }

    private static boolean isSubVenue(Map<String, String> row) {
        return row.get("type").contains("(sub-venue)") && !row.get("parent").isBlank();
    }

    /** Linear features (Central Axis, Chang'an Avenue) and embassy districts are areas, not venues. */
    private static boolean isArea(Map<String, String> row) {
        String type = row.get("type");
        return type.contains("(linear)") || type.startsWith("diplomatic district");
    }

    /** Exchange-format ids from English names: "CNCC Phase I - Plenary Hall" becomes "cncc-phase-i-plenary-hall". */
    static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() <= 64 ? slug : slug.substring(0, 64).replaceAll("-+$", "");
    }

    private static Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Double.valueOf(value.replace(",", ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
