package org.protocolplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an .xlsx workbook with Apache POI's streaming writer, which keeps only a window of rows in
 * memory: a week's schedule of a large summit stays small on the heap. Headings bold and frozen with a filter,
 * times as real date-time cells so that Excel sorts and filters them.
 */
final class XlsxWriter {

    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    private static final int WINDOW = 200;
    /** Column widths, in characters: wide enough for most names, not for every long title. */
    private static final int MIN_WIDTH = 6;

    private static final int MAX_WIDTH = 50;

    private XlsxWriter() {}

    static byte[] write(List<Table> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                Row header = sheet.createRow(0);
                for (int column = 0; column < table.headings().size(); column++) {
                    header.createCell(column).setCellValue(table.headings().get(column));
                    header.getCell(column).setCellStyle(heading);
                }
                int[] widths =
                        table.headings().stream().mapToInt(XlsxWriter::width).toArray();
                for (int i = 0; i < table.rows().size(); i++) {
                    Row row = sheet.createRow(i + 1);
                    List<Object> values = table.rows().get(i);
                    for (int column = 0; column < values.size(); column++) {
                        Object value = values.get(column);
                        if (value == null) {
                            continue;
                        }
                        var cell = row.createCell(column);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDateTime at) {
                            cell.setCellValue(at);
                            cell.setCellStyle(time);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                        widths[column] = Math.max(widths[column], width(CsvWriter.text(value)));
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(
                        0, Math.max(0, table.rows().size()), 0, table.headings().size() - 1));
                for (int column = 0; column < widths.length; column++) {
                    sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column])) * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chinese characters take about two columns. */
    private static int width(String text) {
        return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum() + 2;
    }
}
