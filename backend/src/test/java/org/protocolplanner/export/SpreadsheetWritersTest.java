package org.protocolplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook and CSV writers, read back as a spreadsheet program and Excel would read them. */
class SpreadsheetWritersTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 6, 14, 9, 0);

    private static final Table DAY = new Table(
            "2027-06-14",
            List.of("开始", "活动", "人数"),
            List.of(
                    Arrays.asList(NINE, "Talks, \"informal\"\r\nthen lunch", 12),
                    Arrays.asList(NINE.plusHours(1), "=HYPERLINK(\"x\")", null),
                    Arrays.asList(NINE.plusHours(2), "欢迎仪式", 80)));

    @Test
    void csvIsUtf8WithAByteOrderMarkAndRfc4180Quoting() {
        byte[] csv = CsvWriter.write(DAY);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("开始,活动,人数\r\n"
                        + "2027-06-14 09:00,\"Talks, \"\"informal\"\"\r\nthen lunch\",12\r\n"
                        + "2027-06-14 10:00,\"'=HYPERLINK(\"\"x\"\")\",\r\n"
                        + "2027-06-14 11:00,欢迎仪式,80\r\n");
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithHeadingsAndTypedCells() throws IOException {
        Table delegations =
                new Table("代表团", List.of("编号", "代表团"), List.<List<Object>>of(Arrays.asList("ruritania", "Ruritania")));

        byte[] xlsx = XlsxWriter.write(List.of(DAY, delegations));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet day = workbook.getSheet("2027-06-14");
            assertThat(day.getRow(0).getCell(1).getStringCellValue()).isEqualTo("活动");
            assertThat(day.getRow(1).getCell(0).getLocalDateTimeCellValue()).isEqualTo(NINE);
            assertThat(day.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Talks, \"informal\"\r\nthen lunch");
            assertThat(day.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(day.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(day.getRow(2).getCell(2)).isNull();
            assertThat(day.getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("代表团").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Ruritania");
        }
    }
}
