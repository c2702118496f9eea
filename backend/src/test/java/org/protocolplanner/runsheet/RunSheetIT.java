package org.protocolplanner.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.itinerary.SummitDayFixture;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.protocolplanner.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run sheets over HTTP, read back with OpenPDF's text extractor: a venue's day for an officer and, redacted, for
 * its manager (signed in and by feed token), the master schedule of a day, and bad input. The summit day: at the
 * guesthouse the Freedonian talks at 10:00, Ruritania's welcome at 14:00 and the confidential banquet at 19:00;
 * Ruritania (head of state) comes from a briefing at the heritage site.
 */
@IntegrationTest
class RunSheetIT {

    private static final String DAY = SummitDayFixture.DAY.toLocalDate().toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private SummitDayFixture day;

    @BeforeEach
    void summitDay() {
        day = SummitDayFixture.imported("run-sheet", Api.as(port, "officer"), jdbc);
    }

    @Test
    void anOfficersRunSheetListsTheVenuesDayAndTheMotorcades() throws IOException {
        Api.Answer answer = Api.as(port, "officer").get(venueSheet(day.guesthouse) + "&lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(answer.header("Content-Disposition"))
                .contains("run-sheet-" + day.guesthouse + "-" + DAY + "-en.pdf");
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "Run sheet",
                        "Feeds guesthouse",
                        "Monday 14 June 2027",
                        "Beijing time",
                        "10:00–11:00",
                        "Talks with Freedonia",
                        "Meeting room",
                        "Freedonia",
                        "roundtable",
                        "14:00–14:30",
                        "Welcome of the Ruritanian delegation",
                        "Banquet hall",
                        "reception",
                        "19:00–21:00",
                        SummitDayFixture.SECRET_TITLE,
                        "Ruritania, Freedonia",
                        "banquet",
                        "not requested",
                        "Motorcade arrivals",
                        "head of state");
        assertThat(text.indexOf("Talks with Freedonia")).isLessThan(text.indexOf("Welcome of the Ruritanian"));
        assertThat(text.indexOf("Welcome of the Ruritanian")).isLessThan(text.indexOf(SummitDayFixture.SECRET_TITLE));
        // One arrival: Ruritania for the welcome; it is still there for the banquet, and Freedonia's head is a
        // minister, without a motorcade.
        assertThat(text).contains("1 14:00 Ruritania head of state").doesNotContain("minister");
        assertThat(text.split("head of state", -1)).hasSize(2);
        assertThat(text).doesNotContain("Briefing for Ruritania");
        keep(answer.body(), "run-sheet-en.pdf");
    }

    @Test
    void theChineseRunSheetUsesTheChineseNamesAndTerms() throws IOException {
        Api.Answer answer = Api.as(port, "officer").get(venueSheet(day.guesthouse) + "&lang=zh");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "场馆日程单",
                        SummitDayFixture.GUESTHOUSE_ZH,
                        "2027年6月14日 星期一",
                        "北京时间",
                        SummitDayFixture.BANQUET_HALL_ZH,
                        "欢迎仪式",
                        "国宴",
                        "宴会式",
                        "未发送",
                        "车队抵达顺序",
                        "国家元首",
                        SummitDayFixture.RURITANIA_ZH + "、Freedonia");
        // Delegations by their country in Chinese, as the UI names them: the arrival too. The titles are the
        // plan's own text ("Welcome of the Ruritanian delegation").
        assertThat(text).contains("1 14:00 " + SummitDayFixture.RURITANIA_ZH + " 国家元首");
        assertThat(SummitDayFixture.namesRuritaniaInEnglish(text)).as(text).isFalse();
        keep(answer.body(), "run-sheet-zh.pdf");
    }

    @Test
    void aManagerSeesTheBookingsOfTheirVenueRedactedAsInTheInbox() throws IOException {
        assertThat(Api.as(port, "officer").post(day.plan + "/publish", "").status())
                .isEqualTo(200);

        Api.Answer answer = Api.as(port, "manager").get(venueSheet(day.guesthouse) + "&lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "Welcome of the Ruritanian delegation",
                        "Talks with Freedonia",
                        "Confidential: state banquet",
                        "19:00–21:00",
                        "120",
                        "requested",
                        "Confidential engagements show no",
                        "Motorcade arrivals",
                        "Ruritania");
        assertThat(text).doesNotContain(SummitDayFixture.SECRET_TITLE, "Ruritania, Freedonia");
        keep(answer.body(), "run-sheet-manager-en.pdf");

        assertThat(Api.as(port, "manager").get(venueSheet(day.heritageSite)).status())
                .isEqualTo(404);
        assertThat(Api.as(port, "manager")
                        .get(day.plan + "/run-sheets/days/" + DAY)
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get(venueSheet(day.guesthouse)).status()).isEqualTo(401);
    }

    @Test
    void aFeedTokenPrintsWhatItsOwnerMaySee() throws IOException {
        assertThat(Api.as(port, "officer").post(day.plan + "/publish", "").status())
                .isEqualTo(200);
        String token = Api.as(port, "manager")
                .post("/api/me/feed-token", "")
                .json()
                .get("token")
                .asString();
        String feed = "/feeds/" + token + "/plans/" + day.planId + "/run-sheets";

        Api.Answer own = Api.anonymous(port).get(feed + "/venues/" + day.guesthouse + ".pdf?day=" + DAY + "&lang=zh");

        assertThat(own.status()).as(own.text()).isEqualTo(200);
        assertThat(own.header("Cache-Control")).contains("no-store");
        String text = PdfText.of(own.body());
        assertThat(text)
                .contains("场馆日程单", "涉密：国宴", "待确认", "1 14:00 " + SummitDayFixture.RURITANIA_ZH + " 国家元首")
                .doesNotContain(SummitDayFixture.SECRET_TITLE);
        assertThat(SummitDayFixture.namesRuritaniaInEnglish(text)).as(text).isFalse();
        assertThat(Api.anonymous(port)
                        .get(feed + "/venues/" + day.heritageSite + ".pdf?day=" + DAY)
                        .status())
                .isEqualTo(404);
        assertThat(Api.anonymous(port).get(feed + "/days/" + DAY + ".pdf").status())
                .isEqualTo(404);

        Api.as(port, "manager").delete("/api/me/feed-token");
        assertThat(Api.anonymous(port)
                        .get(feed + "/venues/" + day.guesthouse + ".pdf?day=" + DAY)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theMasterScheduleListsEveryVenueOfTheDayInTimeOrder() throws IOException {
        Api.Answer answer = Api.as(port, "planner").get(day.plan + "/run-sheets/days/" + DAY + "?lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String text = PdfText.of(answer.body());
        assertThat(text)
                .contains(
                        "Master schedule",
                        "Monday 14 June 2027",
                        "Feeds heritage site",
                        "Salon",
                        "Feeds guesthouse",
                        SummitDayFixture.SECRET_TITLE);
        assertThat(text.indexOf("Briefing for Ruritania")).isLessThan(text.indexOf("Talks with Freedonia"));
        assertThat(text.indexOf("Talks with Freedonia")).isLessThan(text.indexOf("Welcome of the Ruritanian"));

        String empty = PdfText.of(Api.as(port, "planner")
                .get(day.plan + "/run-sheets/days/2027-06-15?lang=en")
                .body());
        assertThat(empty).contains("Tuesday 15 June 2027", "No engagements this day.");
        keep(answer.body(), "master-schedule-en.pdf");
    }

    @Test
    void withoutALanguageTheSheetIsInTheReadersOwn() throws IOException {
        Api planner = Api.as(port, "planner");
        assertThat(planner.put("/api/me/preferences", Map.of("language", "zh")).status())
                .isEqualTo(200);
        try {
            String text =
                    PdfText.of(planner.get(day.plan + "/run-sheets/days/" + DAY).body());
            assertThat(text)
                    .contains(
                            "总日程表",
                            "2027年6月14日 星期一",
                            SummitDayFixture.HERITAGE_ZH,
                            SummitDayFixture.SALON_ZH,
                            SummitDayFixture.RURITANIA_ZH + "、Freedonia")
                    .doesNotContain("Feeds heritage site", "Salon");
            assertThat(SummitDayFixture.namesRuritaniaInEnglish(text)).as(text).isFalse();
        } finally {
            planner.put("/api/me/preferences", Map.of("language", "en"));
        }
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Api officer = Api.as(port, "officer");
        assertProblem(officer.get(venueSheet(day.guesthouse).replace(DAY, "2027-06-20")), "day");
        assertProblem(officer.get(venueSheet(day.guesthouse).replace(DAY, "14/06/2027")), "day");
        assertProblem(officer.get(day.plan + "/run-sheets/venues/" + day.guesthouse), "day");
        assertProblem(officer.get(venueSheet(day.guesthouse) + "&lang=fr"), "lang");
        assertProblem(officer.get(day.plan + "/run-sheets/days/2027-06-13"), "day");
        assertProblem(officer.get(day.plan + "/run-sheets/days/2027-13-01"), "day");

        assertThat(officer.get(venueSheet("no-such-venue")).status()).isEqualTo(404);
        assertThat(officer.get("/api/plans/999999999/run-sheets/days/" + DAY).status())
                .isEqualTo(404);
    }

    private static void assertProblem(Api.Answer answer, String parameter) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("path").asString()).isEqualTo(parameter);
    }

    private String venueSheet(String venueId) {
        return day.plan + "/run-sheets/venues/" + venueId + "?day=" + DAY;
    }

    /** The rendered PDFs stay in target/ for a person to look at. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "run-sheets"));
        Files.write(directory.resolve(name), pdf);
    }
}
