package org.protocolplanner.venue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The catalogue venues a plan's own venue may stand for (decision 0111): those whose English or Chinese name is
 * its English or Chinese name, compared without case and with runs of white space as one space, and for each of
 * its spaces the catalogue venue's space of the same name, if any. An officer accepting such a match makes the
 * plan use the catalogue venue instead of its own copy.
 */
@Service
public class CatalogueNamesakes {

    /** One space of a plan's own venue, and the catalogue venue's space of the same name (null: none). */
    public record SpaceMatch(
            String spaceId, String name, @Nullable String catalogueSpaceId) {}

    /** A catalogue venue of the same name, with how the own venue's spaces map onto its spaces. */
    public record VenueMatch(
            String catalogueVenueId,
            String nameEn,
            @Nullable String nameZh,
            List<SpaceMatch> spaces) {}

    /** A plan's own venue, the plan it came with, and the catalogue venues of its name (often none). */
    public record ImportedVenue(
            String venueId,
            String name,
            long importedWithPlanId,
            String importedWithPlanName,
            List<VenueMatch> matches) {}

    private record Named(String id, String nameEn, String nameZh) {

        Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            Stream.of(nameEn, nameZh)
                    .filter(Objects::nonNull)
                    .map(CatalogueNamesakes::normal)
                    .filter(name -> !name.isEmpty())
                    .forEach(names::add);
            return names;
        }

        boolean sharesAName(Named other) {
            return other.names().stream().anyMatch(names()::contains);
        }
    }

    /** The SQL of {@link #normal}: lower case, trimmed, runs of white space as one space. */
    private static final String NORMAL = "lower(btrim(regexp_replace(%s, '\\s+', ' ', 'g')))";

    private final JdbcTemplate jdbc;

    CatalogueNamesakes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these venues, the plan's own ones (not in the catalogue), in the order given, each with its matches. */
    public List<ImportedVenue> importedAmong(List<String> venueIds) {
        Map<String, ImportedVenue> imported = new LinkedHashMap<>();
        List<Named> own = new ArrayList<>();
        jdbc.query(
                """
                select id, name_en, name_zh, imported_with_plan_id, imported_with_plan_name from venue
                where id = any (?) and imported_with_plan_id is not null""",
                row -> {
                    own.add(new Named(row.getString("id"), row.getString("name_en"), row.getString("name_zh")));
                    imported.put(
                            row.getString("id"),
                            new ImportedVenue(
                                    row.getString("id"),
                                    row.getString("name_en"),
                                    row.getLong("imported_with_plan_id"),
                                    row.getString("imported_with_plan_name"),
                                    List.of()));
                },
                (Object) venueIds.toArray(String[]::new));
        List<Named> catalogue = catalogueNamed(
                own.stream().flatMap(venue -> venue.names().stream()).toList());
        Map<String, List<Named>> spaces = spacesOf(
                Stream.concat(own.stream(), catalogue.stream()).map(Named::id).toList());
        List<ImportedVenue> answer = new ArrayList<>();
        for (String venueId : venueIds) {
            ImportedVenue venue = imported.get(venueId);
            if (venue == null) {
                continue;
            }
            Named named =
                    own.stream().filter(n -> n.id().equals(venueId)).findFirst().orElseThrow();
            List<VenueMatch> matches = catalogue.stream()
                    .filter(named::sharesAName)
                    .map(match -> new VenueMatch(
                            match.id(),
                            match.nameEn(),
                            match.nameZh(),
                            spaceMatches(
                                    spaces.getOrDefault(venueId, List.of()),
                                    spaces.getOrDefault(match.id(), List.of()))))
                    .toList();
            answer.add(new ImportedVenue(
                    venue.venueId(), venue.name(), venue.importedWithPlanId(), venue.importedWithPlanName(), matches));
        }
        return answer;
    }

    /** The ids of the catalogue venues that share a name with this venue. */
    List<String> catalogueVenuesNamed(Venue venue) {
        Named named = new Named(venue.getId(), venue.getNameEn(), venue.getNameZh());
        return catalogueNamed(List.copyOf(named.names())).stream()
                .filter(named::sharesAName)
                .map(Named::id)
                .filter(id -> !id.equals(venue.getId()))
                .toList();
    }

    /** Lower case, trimmed, runs of white space as one space: "Diaoyutai  state guesthouse " is the same name. */
    static String normal(String name) {
        return name.replaceAll("\\s+", " ").replaceAll("^ | $", "").toLowerCase(Locale.ROOT);
    }

    private List<Named> catalogueNamed(Collection<String> normalNames) {
        if (normalNames.isEmpty()) {
            return List.of();
        }
        String[] names = normalNames.toArray(String[]::new);
        return jdbc.query(
                "select id, name_en, name_zh from venue where imported_with_plan_id is null and ("
                        + NORMAL.formatted("name_en") + " = any (?) or " + NORMAL.formatted("name_zh") + " = any (?))"
                        + " order by synthetic, id",
                (row, i) -> new Named(row.getString("id"), row.getString("name_en"), row.getString("name_zh")),
                names,
                names);
    }

    /** The spaces of these venues, by venue, in their order. */
    private Map<String, List<Named>> spacesOf(List<String> venueIds) {
        Map<String, List<Named>> spaces = new LinkedHashMap<>();
        jdbc.query(
                "select id, venue_id, name_en, name_zh from space where venue_id = any (?)"
                        + " order by venue_id, position",
                row -> {
                    spaces.computeIfAbsent(row.getString("venue_id"), id -> new ArrayList<>())
                            .add(new Named(row.getString("id"), row.getString("name_en"), row.getString("name_zh")));
                },
                (Object) venueIds.toArray(String[]::new));
        return spaces;
    }

    private static List<SpaceMatch> spaceMatches(List<Named> own, List<Named> catalogue) {
        return own.stream()
                .map(space -> new SpaceMatch(
                        space.id(),
                        space.nameEn(),
                        catalogue.stream()
                                .filter(space::sharesAName)
                                .map(Named::id)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }
}
