package org.protocolplanner.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.protocolplanner.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One summit day for feed and itinerary tests, on venues of its own so that no other test sees its
 * bookings: a guesthouse the demo venue manager manages (banquet hall, meeting room) and a heritage site
 * without managers (salon), both with Chinese names. Ruritania's day: a briefing at the heritage site at
 * 09:00, a welcome ceremony at the guesthouse at 14:00, and a confidential state banquet in the same hall
 * at 19:00, Beijing time. Each call makes new ids.
 */
public final class SummitDayFixture {

    public static final LocalDateTime DAY = LocalDateTime.of(2027, 6, 14, 0, 0);
    public static final String SECRET_TITLE = "Banquet for the Ruritanian envoy";
    public static final String GUESTHOUSE_ZH = "测试国宾馆";
    public static final String BANQUET_HALL_ZH = "宴会厅";
    public static final String HERITAGE_ZH = "测试文化遗址";
    public static final String SALON_ZH = "会客厅";
    /** Ruritania's delegation in Chinese: the plan gives it Nepal's code. Freedonia has none. */
    public static final String RURITANIA_ZH = "尼泊尔代表团";
    /** The one engagement title that has Ruritania as a word: the plan's own text, in whatever language. */
    private static final String BRIEFING_TITLE = "Briefing for Ruritania";

    private static final Pattern RURITANIA = Pattern.compile("Ruritania\\b");

    private static final AtomicInteger DAYS = new AtomicInteger();

    public final String guesthouse;
    public final String banquetHall;
    public final String meetingRoom;
    public final String heritageSite;
    public final String salon;
    public final String plan;
    public final long planId;

    private SummitDayFixture(String id, Api officer, JdbcTemplate jdbc) {
        guesthouse = id + "-guesthouse";
        banquetHall = id + "-banquet-hall";
        meetingRoom = id + "-meeting-room";
        heritageSite = id + "-heritage";
        salon = id + "-salon";
        Api.Answer imported = officer.post("/api/plans/import", document("Summit day " + id));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        plan = imported.header("Location");
        planId = Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
        jdbc.update("update venue set name_zh = ? where id = ?", GUESTHOUSE_ZH, guesthouse);
        jdbc.update("update venue set name_zh = ? where id = ?", HERITAGE_ZH, heritageSite);
        jdbc.update("update space set name_zh = ? where id = ?", BANQUET_HALL_ZH, banquetHall);
        jdbc.update("update space set name_zh = ? where id = ?", SALON_ZH, salon);
        jdbc.update(
                "insert into venue_manager (venue_id, account_id) select ?, id from account"
                        + " where username = 'manager' on conflict do nothing",
                guesthouse);
        place(jdbc, "briefing", salon, DAY.plusHours(9));
        place(jdbc, "talks", meetingRoom, DAY.plusHours(10));
        place(jdbc, "welcome", banquetHall, DAY.plusHours(14));
        place(jdbc, "banquet", banquetHall, DAY.plusHours(19));
    }

    public static SummitDayFixture imported(String prefix, Api officer, JdbcTemplate jdbc) {
        String id = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + DAYS.incrementAndGet();
        return new SummitDayFixture(id, officer, jdbc);
    }

    /** Places an engagement directly in its row: the arrangement of a test, not the behaviour under test. */
    private void place(JdbcTemplate jdbc, String eventId, String spaceId, LocalDateTime start) {
        assertThat(jdbc.update(
                        "update engagement set assigned_space_id = ?, assigned_start = ?,"
                                + " version = version + 1 where plan_id = ? and ref = ?",
                        spaceId,
                        start,
                        planId,
                        eventId))
                .isEqualTo(1);
    }

    private Map<String, Object> document(String name) {
        return Map.of(
                "format",
                "protocol-planner/plan",
                "version",
                1,
                "name",
                name,
                "horizon",
                Map.of("start", DAY.toString(), "end", DAY.plusDays(2).toString(), "grainMinutes", 15),
                "venues",
                List.of(
                        Map.of(
                                "id",
                                guesthouse,
                                "name",
                                "Feeds guesthouse",
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
                                                banquetHall,
                                                "name",
                                                "Banquet hall",
                                                "capacity",
                                                Map.of("BANQUET", 300, "RECEPTION", 400),
                                                "turnoverMinutes",
                                                30),
                                        Map.of(
                                                "id",
                                                meetingRoom,
                                                "name",
                                                "Meeting room",
                                                "capacity",
                                                Map.of("ROUNDTABLE", 40),
                                                "turnoverMinutes",
                                                15))),
                        Map.of(
                                "id",
                                heritageSite,
                                "name",
                                "Feeds heritage site",
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
                                        salon,
                                        "name",
                                        "Salon",
                                        "capacity",
                                        Map.of("ROUNDTABLE", 30),
                                        "turnoverMinutes",
                                        15)))),
                "delegations",
                List.of(
                        delegation("ruritania", "Ruritania", "NP", "HEAD_OF_STATE"),
                        delegation("freedonia", "Freedonia", null, "MINISTER")),
                "events",
                List.of(
                        event(
                                "briefing",
                                BRIEFING_TITLE,
                                "BRIEFING",
                                List.of("ruritania"),
                                10,
                                "ROUNDTABLE",
                                45,
                                false),
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
                                "welcome",
                                "Welcome of the Ruritanian delegation",
                                "WELCOME_CEREMONY",
                                List.of("ruritania"),
                                80,
                                "RECEPTION",
                                30,
                                false),
                        event(
                                "banquet",
                                SECRET_TITLE,
                                "STATE_BANQUET",
                                List.of("ruritania", "freedonia"),
                                120,
                                "BANQUET",
                                120,
                                true)));
    }

    /** Whether the text names Ruritania's delegation by its English name, outside the engagements' titles. */
    public static boolean namesRuritaniaInEnglish(String text) {
        return RURITANIA.matcher(text.replace(BRIEFING_TITLE, "")).find();
    }

    /**
     * @param country the code a Chinese printout names the delegation by ({@link #RURITANIA_ZH}); null for a
     *                delegation that keeps its own name in Chinese too
     */
    private static Map<String, Object> delegation(String id, String name, String country, String rank) {
        Map<String, Object> delegation = new LinkedHashMap<>(Map.of(
                "id",
                id,
                "name",
                name,
                "headRank",
                rank,
                "size",
                10,
                "arrival",
                DAY.toString(),
                "departure",
                DAY.plusDays(2).toString()));
        if (country != null) {
            delegation.put("country", country);
        }
        return delegation;
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
