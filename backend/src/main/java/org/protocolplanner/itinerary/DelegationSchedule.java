package org.protocolplanner.itinerary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.TravelTimes;
import org.protocolplanner.shared.protocol.EventType;
import org.protocolplanner.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A delegation's scheduled engagements in time order, with their venue and room in both languages and
 * the travel from the engagement before on the same day: what an itinerary prints and a delegation's
 * calendar feed lists. Travel minutes come from {@link TravelTimes} with the plan's travel model, the
 * figures the solver's travel-time rule uses.
 */
@Component
public class DelegationSchedule {

    /** Where and when one engagement happens, as the delegation experiences it. */
    public record Stop(String engagementId, String title, EventType type, boolean confidential, Instant start,
            Instant end, String venueId, String venueNameEn, String venueNameZh, String spaceNameEn,
            String spaceNameZh, Integer travelMinutesBefore) {
    }

    /** The delegation, its plan and its stops; {@code zone} is the plan's, in which its times were planned. */
    public record Schedule(long planId, String planName, String delegationId, String delegationName, ZoneId zone,
            List<Stop> stops) {
    }

    private record Place(Stop stop, Double lat, Double lon) {
    }

    private static final String STOPS = """
            select e.ref, e.title, e.type, e.confidential, e.assigned_start, e.duration_minutes,
                   v.id as venue_id, v.name_en as venue_en, v.name_zh as venue_zh, v.lat, v.lon,
                   s.name_en as space_en, s.name_zh as space_zh
            from engagement e
            join space s on s.id = e.assigned_space_id
            join venue v on v.id = s.venue_id
            where e.plan_id = ? and ? = any(e.delegations) and e.assigned_start is not null
            order by e.assigned_start, e.ref
            """;

    private final JdbcTemplate jdbc;

    DelegationSchedule(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws NotFoundException for an unknown plan, or a delegation the plan does not have */
    public Schedule of(long planId, String delegationId) {
        Integer plans = jdbc.queryForObject("select count(*) from plan where id = ?", Integer.class, planId);
        if (plans == null || plans == 0) {
            throw new NotFoundException("plan", planId);
        }
        return jdbc.query("select p.name as plan_name, p.time_zone, p.travel_speed_kmh, p.travel_road_factor,"
                        + " p.travel_fixed_minutes, d.name from delegation d join plan p on p.id = d.plan_id"
                        + " where d.plan_id = ? and d.ref = ?",
                (row, i) -> schedule(row, planId, delegationId), planId, delegationId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("delegation", delegationId));
    }

    private Schedule schedule(ResultSet plan, long planId, String delegationId) throws SQLException {
        ZoneId zone = ZoneId.of(plan.getString("time_zone"));
        TravelModel travel = new TravelModel(plan.getDouble("travel_speed_kmh"), plan.getDouble("travel_road_factor"),
                plan.getInt("travel_fixed_minutes"));
        List<Place> places = jdbc.query(STOPS, (row, i) -> place(row, zone), planId, delegationId);
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place here = places.get(i);
            Integer travelBefore = i == 0 ? null : travelMinutes(places.get(i - 1), here, zone, travel);
            Stop stop = here.stop();
            stops.add(new Stop(stop.engagementId(), stop.title(), stop.type(), stop.confidential(), stop.start(),
                    stop.end(), stop.venueId(), stop.venueNameEn(), stop.venueNameZh(), stop.spaceNameEn(),
                    stop.spaceNameZh(), travelBefore));
        }
        return new Schedule(planId, plan.getString("plan_name"), delegationId, plan.getString("name"), zone,
                List.copyOf(stops));
    }

    /** Null between days (the delegation returns to its hotel) and where a venue lacks coordinates. */
    private static Integer travelMinutes(Place from, Place to, ZoneId zone, TravelModel travel) {
        LocalDate fromDay = LocalDate.ofInstant(from.stop().end(), zone);
        LocalDate toDay = LocalDate.ofInstant(to.stop().start(), zone);
        if (!fromDay.equals(toDay) || from.lat() == null || to.lat() == null) {
            return null;
        }
        return TravelTimes.minutes(venue(from), venue(to), travel);
    }

    private static VenueDoc venue(Place place) {
        return new VenueDoc(place.stop().venueId(), place.stop().venueNameEn(), place.lat(), place.lon(), null, 0,
                List.of());
    }

    private static Place place(ResultSet row, ZoneId zone) throws SQLException {
        Instant start = row.getObject("assigned_start", LocalDateTime.class).atZone(zone).toInstant();
        Stop stop = new Stop(row.getString("ref"), row.getString("title"), EventType.valueOf(row.getString("type")),
                row.getBoolean("confidential"), start, start.plusSeconds(60L * row.getInt("duration_minutes")),
                row.getString("venue_id"), row.getString("venue_en"), row.getString("venue_zh"),
                row.getString("space_en"), row.getString("space_zh"), null);
        return new Place(stop, (Double) row.getObject("lat"), (Double) row.getObject("lon"));
    }
}
