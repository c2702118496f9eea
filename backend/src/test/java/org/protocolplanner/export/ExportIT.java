package org.protocolplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolplanner.itinerary.SummitDayFixture;
import org.protocolplanner.support.Api;
import org.protocolplanner.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spreadsheet exports over HTTP, opened with Apache POI as a spreadsheet program would open them: a plan's
 * workbook (a sheet per day, delegations, bookings) and CSV, and a venue manager's bookings, redacted.
 */
@IntegrationTest
class ExportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private SummitDayFixture day;

    @BeforeEach
    void publishedSummitDay() {
        day = SummitDayFixture.imported("export", Api.as(port, "officer"), jdbc);
        assertThat(Api.as(port, "officer").post(day.plan + "/publish", "").status())
                .isEqualTo(200);
    }

    @Test
    void thePlansWorkbookHasASheetPerDayThenDelegationsAndBookings() throws IOException {
        Api.Answer answer = Api.as(port, "planner").get(day.plan + "/schedule.xlsx?lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("Content-Disposition")).contains("attachment", ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(sheetNames(workbook)).containsExactly("2027-06-14", "2027-06-15", "Delegations", "Bookings");
            Sheet monday = workbook.getSheet("2027-06-14");
            assertThat(cells(monday.getRow(0)))
                    .containsExactly(
                            "Day",
                            "Start",
                            "End",
                            "Venue",
                            "Space",
                            "Engagement id",
                            "Engagement",
                            "Type",
                            "Delegations",
                            "Headcount",
                            "Layout",
                            "Needs",
                            "Booking");
            assertThat(column(monday, 6))
                    .containsExactly(
                            "Briefing for Ruritania",
                            "Talks with Freedonia",
                            "Welcome of the Ruritanian delegation",
                            SummitDayFixture.SECRET_TITLE);
            assertThat(cells(monday.getRow(4)))
                    .contains(
                            "2027-06-14 19:00",
                            "Feeds guesthouse",
                            "Banquet hall",
                            "banquet",
                            "Ruritania, Freedonia",
                            "120",
                            "state banquet",
                            "requested");
            assertThat(workbook.getSheet("2027-06-15").getLastRowNum()).isZero();
            assertThat(column(workbook.getSheet("Delegations"), 2)).containsExactly("Ruritania", "Freedonia");
            assertThat(column(workbook.getSheet("Bookings"), 8))
                    .contains(SummitDayFixture.SECRET_TITLE)
                    .hasSize(4);
        }
    }

    @Test
    void theChineseWorkbookAndCsvUseTheChineseTerms() throws IOException {
        Api.Answer xlsx = Api.as(port, "officer").get(day.plan + "/schedule.xlsx?lang=zh");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(sheetNames(workbook)).containsExactly("2027-06-14", "2027-06-15", "代表团", "场地预订");
            Sheet monday = workbook.getSheet("2027-06-14");
            assertThat(cells(monday.getRow(0))).startsWith("日期", "开始", "结束", "场馆", "厅室");
            assertThat(cells(monday.getRow(3))).contains(SummitDayFixture.BANQUET_HALL_ZH, "欢迎仪式", "酒会式", "待确认");
            // Delegations by their country as the UI names them; one without a code keeps its own name.
            assertThat(column(monday, 8))
                    .containsExactly(
                            SummitDayFixture.RURITANIA_ZH,
                            "Freedonia",
                            SummitDayFixture.RURITANIA_ZH,
                            SummitDayFixture.RURITANIA_ZH + "、Freedonia");
            assertThat(column(workbook.getSheet("代表团"), 2)).containsExactly(SummitDayFixture.RURITANIA_ZH, "Freedonia");
            Sheet bookings = workbook.getSheet("场地预订");
            assertThat(column(bookings, 13)).contains(SummitDayFixture.RURITANIA_ZH + "、Freedonia");
            assertThat(column(bookings, 3)).contains(SummitDayFixture.GUESTHOUSE_ZH, SummitDayFixture.HERITAGE_ZH);
            assertThat(column(bookings, 4)).contains(SummitDayFixture.BANQUET_HALL_ZH, SummitDayFixture.SALON_ZH);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    assertThat(cells(row))
                            .as(sheet.getSheetName())
                            .noneMatch(SummitDayFixture::namesRuritaniaInEnglish);
                }
            }
        }

        Api.Answer csv = Api.as(port, "officer").get(day.plan + "/schedule.csv?lang=zh");
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("日期,开始,结束,场馆,厅室,活动编号,活动,活动类型,代表团,人数,布置,所需设施,场地预订");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4))
                .contains(
                        "2027-06-14 19:00",
                        SummitDayFixture.SECRET_TITLE,
                        "国宴",
                        SummitDayFixture.RURITANIA_ZH + "、Freedonia");
        assertThat(lines).noneMatch(SummitDayFixture::namesRuritaniaInEnglish);
    }

    @Test
    void aManagersBookingsExportShowsOnlyTheirVenuesWithConfidentialEngagementsRedacted() throws IOException {
        Api.Answer answer = Api.as(port, "manager").get("/api/bookings/export.xlsx?lang=en");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet bookings = workbook.getSheet("Bookings");
            assertThat(cells(bookings.getRow(0))).startsWith("Booking", "Status", "Plan", "Venue", "Space");
            List<List<String>> ours = new ArrayList<>();
            for (int i = 1; i <= bookings.getLastRowNum(); i++) {
                List<String> row = cells(bookings.getRow(i));
                assertThat(row).doesNotContain(SummitDayFixture.SECRET_TITLE, "Feeds heritage site");
                if (row.contains("Summit day " + day.guesthouse.replace("-guesthouse", ""))) {
                    ours.add(row);
                }
            }
            assertThat(ours).hasSize(3);
            assertThat(ours).anySatisfy(row -> assertThat(row).contains("Confidential", "state banquet", "120"));
        }

        String csv =
                Api.as(port, "manager").get("/api/bookings/export.csv?lang=en").text();
        assertThat(csv).contains("Welcome of the Ruritanian delegation").doesNotContain(SummitDayFixture.SECRET_TITLE);
        assertThat(Api.as(port, "manager").get(day.plan + "/schedule.xlsx").status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        Api.Answer french = Api.as(port, "officer").get(day.plan + "/schedule.xlsx?lang=fr");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("errors").get(0).get("path").asString()).isEqualTo("lang");
        Api.Answer rows = Api.as(port, "officer").get(day.plan + "/schedule.csv?rows=closures");
        assertThat(rows.status()).isEqualTo(400);
        assertThat(rows.json().get("errors").get(0).get("path").asString()).isEqualTo("rows");
        assertThat(Api.as(port, "officer")
                        .get("/api/plans/999999999/schedule.xlsx")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** A row's cells as a spreadsheet shows them (times by their yyyy-mm-dd hh:mm format). */
    private static List<String> cells(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
        return cells;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            values.add(new DataFormatter().formatCellValue(sheet.getRow(i).getCell(column)));
        }
        return values;
    }
}
