package org.protocolplanner.venue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocolplanner.security.VenueCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What other modules read of the catalogue's tables ({@code venue}, {@code space}, {@code space_part}): they ask here rather
 * than query those tables themselves, so that the catalogue may change its tables alone.
 */
@Service
public class VenueQueries implements VenueCatalogue {

    private final JdbcTemplate jdbc;

    VenueQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The venue's English name; empty for a venue the catalogue does not have. */
    public Optional<String> englishName(String venueId) {
        return jdbc.queryForList("select name_en from venue where id = ?", String.class, venueId).stream()
                .findFirst();
    }

    @Override
    public boolean hasVenue(String venueId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from venue where id = ?)", Boolean.class, venueId));
    }

    /** The venue of a space of the catalogue. */
    public String venueOf(String spaceId) {
        return jdbc.queryForObject("select venue_id from space where id = ?", String.class, spaceId);
    }

    /** The ids of these venues' spaces. */
    public List<String> spaceIdsOf(Collection<String> venueIds) {
        return jdbc.queryForList("select id from space where venue_id = any (?)", String.class, (Object)
                venueIds.toArray(String[]::new));
    }

    /** The venues of these spaces, each once, in id order; spaces the catalogue does not have add none. */
    public List<String> venuesOf(Collection<String> spaceIds) {
        return jdbc.queryForList(
                "select distinct venue_id from space where id = any (?) order by venue_id", String.class, (Object)
                        spaceIds.toArray(String[]::new));
    }

    /**
     * The floor a booking of this space holds: its parts when it is divisible, else the space itself. Two
     * spaces share floor exactly when their floors meet, since a part has no parts of its own.
     */
    public List<String> floorUnits(String spaceId) {
        return jdbc.queryForList("select space_floor_units(?) order by 1", String.class, spaceId);
    }

    /** The minutes a space needs between two uses. */
    public int turnoverMinutes(String spaceId) {
        Integer turnover =
                jdbc.queryForObject("select turnover_minutes from space where id = ?", Integer.class, spaceId);
        return turnover == null ? 0 : turnover;
    }

    /** The minutes each space of these venues needs between two uses, by space id. */
    public Map<String, Integer> turnoverBySpace(Collection<String> venueIds) {
        Map<String, Integer> turnover = new HashMap<>();
        jdbc.query(
                "select id, turnover_minutes from space where venue_id = any (?)",
                row -> {
                    turnover.put(row.getString("id"), row.getInt("turnover_minutes"));
                },
                (Object) venueIds.toArray(String[]::new));
        return turnover;
    }

    /** How many of these venues and spaces the catalogue has. */
    public int countKnown(Collection<String> venueIds, Collection<String> spaceIds) {
        Integer known = jdbc.queryForObject(
                "select (select count(*) from venue where id = any (?))"
                        + " + (select count(*) from space where id = any (?))",
                Integer.class,
                venueIds.toArray(String[]::new),
                spaceIds.toArray(String[]::new));
        return known == null ? 0 : known;
    }

    /**
     * The count, versions and ids of these venues and of their spaces, in one string: any edit of the
     * catalogue that touches them (opening hours and blackouts included) bumps a version and changes it.
     */
    public String catalogueStamp(Collection<String> venueIds) {
        String[] ids = venueIds.toArray(String[]::new);
        return jdbc.queryForObject("""
                select (select count(*) || ':' || coalesce(sum(v.version), 0) || ':' || coalesce(sum(hashtext(v.id)), 0)
                        from venue v where v.id = any (?))
                    || '/' ||
                       (select count(*) || ':' || coalesce(sum(s.version), 0) || ':' || coalesce(sum(hashtext(s.id)), 0)
                        from space s where s.venue_id = any (?))""", String.class, ids, ids);
    }

    /** A space of the catalogue with its venue, named in both languages; the venue's coordinates may be null. */
    public record SpacePlace(
            String spaceId,
            String venueId,
            String venueNameEn,
            String venueNameZh,
            String spaceNameEn,
            String spaceNameZh,
            Double lat,
            Double lon) {}

    /** These spaces with their venues, by space id; spaces the catalogue does not have are left out. */
    public Map<String, SpacePlace> placesOf(Collection<String> spaceIds) {
        Map<String, SpacePlace> places = new HashMap<>();
        jdbc.query(
                """
                select s.id, v.id as venue_id, v.name_en as venue_en, v.name_zh as venue_zh, v.lat, v.lon,
                       s.name_en as space_en, s.name_zh as space_zh
                from space s join venue v on v.id = s.venue_id
                where s.id = any (?)""",
                row -> {
                    places.put(
                            row.getString("id"),
                            new SpacePlace(
                                    row.getString("id"),
                                    row.getString("venue_id"),
                                    row.getString("venue_en"),
                                    row.getString("venue_zh"),
                                    row.getString("space_en"),
                                    row.getString("space_zh"),
                                    (Double) row.getObject("lat"),
                                    (Double) row.getObject("lon")));
                },
                (Object) spaceIds.toArray(String[]::new));
        return places;
    }
}
