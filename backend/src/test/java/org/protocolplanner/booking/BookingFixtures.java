package org.protocolplanner.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.protocolplanner.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small summit day for booking tests, on venues of its own so that no other test's plan sees its
 * confirmed bookings: a guesthouse the demo venue manager manages (a banquet hall and a meeting room)
 * and a heritage site without managers (a salon), two delegations and three engagements, one of them a
 * confidential banquet. Each call makes new venue ids, so tests never share a hall.
 */
public final class BookingFixtures {

    public static final LocalDateTime DAY = LocalDateTime.of(2027, 5, 10, 0, 0);
    public static final String SECRET_TITLE = "Banquet for the Ruritanian envoy";

    private static final AtomicInteger SITES = new AtomicInteger();

    /** The ids of one fixture's venues and spaces, and its plan once imported. */
    public record Site(String guesthouse, String banquetHall, String meetingRoom, String heritageSite, String salon) {

        public static Site next(String prefix) {
            String id = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SITES.incrementAndGet();
            return new Site(
                    id + "-guesthouse", id + "-banquet-hall", id + "-meeting-room", id + "-heritage", id + "-salon");
        }
    }

    private BookingFixtures() {}

    public static Map<String, Object> summitDay(String name, Site site) {
        return summitDay(name, site, "banquet");
    }

    /** The summit day with the confidential banquet under an id of the caller's. */
    static Map<String, Object> summitDay(String name, Site site, String banquetId) {
        return Map.of(
                "format",
                "protocol-planner/plan",
                "version",
                1,
                "name",
                name,
                "horizon",
                Map.of("start", DAY.toString(), "end", DAY.plusDays(3).toString(), "grainMinutes", 15),
                "venues",
                List.of(
                        Map.of(
                                "id",
                                site.guesthouse(),
                                "name",
                                "Test guesthouse",
                                "lat",
                                39.92,
                                "lon",
                                116.31,
                                "securityGrade",
                                "A",
                                "prestige",
                                8,
                                "spaces",
                                List.of(
                                        Map.of(
                                                "id",
                                                site.banquetHall(),
                                                "name",
                                                "Banquet hall",
                                                "capacity",
                                                Map.of("BANQUET", 300, "THEATRE", 400, "RECEPTION", 400),
                                                "features",
                                                List.of("INTERPRETATION", "KITCHEN"),
                                                "turnoverMinutes",
                                                30),
                                        Map.of(
                                                "id",
                                                site.meetingRoom(),
                                                "name",
                                                "Meeting room",
                                                "capacity",
                                                Map.of("ROUNDTABLE", 40),
                                                "turnoverMinutes",
                                                15))),
                        Map.of(
                                "id",
                                site.heritageSite(),
                                "name",
                                "Test heritage site",
                                "lat",
                                39.93,
                                "lon",
                                116.39,
                                "securityGrade",
                                "A",
                                "prestige",
                                7,
                                "spaces",
                                List.of(Map.of(
                                        "id",
                                        site.salon(),
                                        "name",
                                        "Salon",
                                        "capacity",
                                        Map.of("ROUNDTABLE", 30, "RECEPTION", 80),
                                        "turnoverMinutes",
                                        15)))),
                "delegations",
                List.of(
                        delegation("ruritania", "Ruritania", "HEAD_OF_STATE"),
                        delegation("freedonia", "Freedonia", "MINISTER")),
                "events",
                List.of(
                        event(
                                banquetId,
                                SECRET_TITLE,
                                "STATE_BANQUET",
                                List.of("ruritania", "freedonia"),
                                120,
                                "BANQUET",
                                120,
                                true),
                        event(
                                "talks",
                                "Talks with Freedonia",
                                "BILATERAL_TALKS",
                                List.of("freedonia"),
                                12,
                                "ROUNDTABLE",
                                60,
                                false),
                        event(
                                "briefing",
                                "Briefing for Ruritania",
                                "BRIEFING",
                                List.of("ruritania"),
                                10,
                                "ROUNDTABLE",
                                45,
                                false)));
    }

    /** Imports the plan, lets the demo manager manage the guesthouse, and places its engagements. */
    public static String importPlaced(Api officer, JdbcTemplate jdbc, String name, Site site) {
        return importPlaced(officer, jdbc, name, site, "banquet");
    }

    /** The same, with the confidential banquet under an id of the caller's. */
    static String importPlaced(Api officer, JdbcTemplate jdbc, String name, Site site, String banquetId) {
        Api.Answer imported = officer.post("/api/plans/import", summitDay(name, site, banquetId));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String plan = imported.header("Location");
        jdbc.update(
                "insert into venue_manager (venue_id, account_id) select ?, id from account"
                        + " where username = 'manager' on conflict do nothing",
                site.guesthouse());
        place(jdbc, plan, banquetId, site.banquetHall(), DAY.plusHours(19));
        place(jdbc, plan, "talks", site.meetingRoom(), DAY.plusHours(10));
        place(jdbc, plan, "briefing", site.salon(), DAY.plusHours(9));
        return plan;
    }

    /** Places an engagement directly in its row: the arrangement of a test, not the behaviour under test. */
    public static void place(JdbcTemplate jdbc, String plan, String eventId, String spaceId, LocalDateTime start) {
        assertThat(jdbc.update(
                        "update engagement set assigned_space_id = ?, assigned_start = ?,"
                                + " version = version + 1 where plan_id = ? and ref = ?",
                        spaceId,
                        start,
                        planId(plan),
                        eventId))
                .isEqualTo(1);
    }

    /**
     * An account of its own for a test that counts what one person is told or shown: the demo accounts
     * collect every other test's notices and requests. Its password is the demo one.
     */
    public static String account(int port, String username, String role, List<String> managedVenueIds) {
        Api.Answer created = Api.as(port, "admin")
                .post(
                        "/api/accounts",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                username,
                                "password",
                                Api.DEMO_PASSWORD,
                                "roles",
                                List.of(role),
                                "managedVenueIds",
                                managedVenueIds));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return username;
    }

    public static long planId(String plan) {
        return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
    }

    private static Map<String, Object> delegation(String id, String name, String rank) {
        return Map.of(
                "id",
                id,
                "country",
                name.substring(0, 2).toUpperCase(),
                "name",
                name,
                "headRank",
                rank,
                "size",
                10,
                "arrival",
                DAY.toString(),
                "departure",
                DAY.plusDays(3).toString());
    }

    private static Map<String, Object> event(
            String id,
            String title,
            String type,
            List<String> delegations,
            int headcount,
            String layout,
            int minutes,
            boolean confidential) {
        return Map.of(
                "id",
                id,
                "title",
                title,
                "type",
                type,
                "delegations",
                new ArrayList<>(delegations),
                "headcount",
                headcount,
                "layout",
                layout,
                "durationMinutes",
                minutes,
                "confidential",
                confidential);
    }
}
