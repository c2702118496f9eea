package org.protocolplanner.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.exchange.TravelModel;
import org.protocolplanner.exchange.VenueDoc;
import org.protocolplanner.planning.TravelTimes;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The printable itinerary over HTTP, in both languages, read back with OpenPDF's text extractor: the
 * Chinese text must come out of the PDF as Chinese, which needs the embedded CJK font and its ToUnicode map.
 */
@IntegrationTest
class ItineraryIT {

    /** 39.93,116.39 to 39.92,116.31 with the default model: 10 min + 6.9 km x 1.3 at 35 km/h. */
    private static final int SALON_TO_GUESTHOUSE = 26;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private SummitDayFixture day;

    @BeforeEach
    void summitDay() {
        day = SummitDayFixture.imported("itinerary", Api.as(port, "officer"), jdbc);
    }

    @Test
    void theEnglishItineraryListsTheDayWithTimesPlacesAndTravel() throws IOException {
        Api.Answer answer = Api.as(port, "planner").get(itinerary("ruritania") + "?lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "Itinerary",
                        "Ruritania",
                        "Beijing time",
                        "Monday 14 June 2027",
                        "09:00–09:45",
                        "Briefing for Ruritania",
                        "Feeds heritage site",
                        "Salon",
                        "14:00–14:30",
                        "Welcome of the Ruritanian delegation",
                        "Feeds guesthouse",
                        "Banquet hall",
                        "19:00–21:00",
                        SummitDayFixture.SECRET_TITLE,
                        "State banquet",
                        "Travel: " + SALON_TO_GUESTHOUSE + " min",
                        "Same venue, no travel");
        assertThat(text.indexOf("Briefing for Ruritania")).isLessThan(text.indexOf("Travel: "));
        assertThat(text.indexOf("Travel: ")).isLessThan(text.indexOf("Welcome of the Ruritanian delegation"));
        assertThat(text).doesNotContain("Talks with Freedonia");
        keep(answer.body(), "en");
    }

    @Test
    void theChineseItineraryUsesTheChineseNamesAndTerms() throws IOException {
        Api.Answer answer = Api.as(port, "officer").get(itinerary("ruritania") + "?lang=zh");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "日程安排",
                        "北京时间",
                        "2027年6月14日 星期一",
                        "情况介绍会",
                        "欢迎仪式",
                        "国宴",
                        SummitDayFixture.HERITAGE_ZH,
                        SummitDayFixture.SALON_ZH,
                        SummitDayFixture.GUESTHOUSE_ZH,
                        SummitDayFixture.BANQUET_HALL_ZH,
                        "路途时间：" + SALON_TO_GUESTHOUSE + " 分钟",
                        "同一场馆，无需转场",
                        "09:00–09:45",
                        "Briefing for Ruritania",
                        "日程安排 · " + SummitDayFixture.RURITANIA_ZH);
        assertThat(SummitDayFixture.namesRuritaniaInEnglish(text)).as(text).isFalse();
        keep(answer.body(), "zh");
    }

    @Test
    void travelIsTheSolversTravelTime() {
        VenueDoc salon = new VenueDoc("a", "salon", 39.93, 116.39, null, 0, List.of());
        VenueDoc guesthouse = new VenueDoc("b", "guesthouse", 39.92, 116.31, null, 0, List.of());
        assertThat(TravelTimes.minutes(salon, guesthouse, TravelModel.DEFAULT)).isEqualTo(SALON_TO_GUESTHOUSE);
    }

    @Test
    void rolesLanguageAndUnknownIds() {
        for (String user : List.of("admin", "officer", "planner")) {
            assertThat(Api.as(port, user).get(itinerary("freedonia")).status())
                    .as(user)
                    .isEqualTo(200);
        }
        assertThat(Api.as(port, "manager").get(itinerary("freedonia")).status()).isEqualTo(403);
        assertThat(Api.anonymous(port).get(itinerary("freedonia")).status()).isEqualTo(401);

        Api.Answer french = Api.as(port, "officer").get(itinerary("freedonia") + "?lang=fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("errors").get(0).get("path").asString()).isEqualTo("lang");
        assertThat(Api.as(port, "officer").get(itinerary("nobody")).status()).isEqualTo(404);
        assertThat(Api.as(port, "officer")
                        .get("/api/plans/999999999/delegations/freedonia/itinerary.pdf")
                        .status())
                .isEqualTo(404);
    }

    private String itinerary(String delegation) {
        return day.plan + "/delegations/" + delegation + "/itinerary.pdf";
    }

    /** The rendered PDFs stay in target/ for a person to look at. */
    private static void keep(byte[] pdf, String lang) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "itineraries"));
        Files.write(directory.resolve("itinerary-" + lang + ".pdf"), pdf);
    }
}
