package org.protocolplanner.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as CSV by RFC 4180 (CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled) in UTF-8 with a byte order mark, without which Excel reads the Chinese as mojibake.
 * A text cell beginning with =, +, - or @ gets a leading apostrophe, so that a spreadsheet does not run it as
 * a formula (a venue's name is anyone's to type).
 */
final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvWriter() {}

    static byte[] write(Table table) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.copyOf(table.headings()));
        table.rows().forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /** A cell as text: times as yyyy-MM-dd HH:mm, whole numbers without a decimal point, null empty. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime at) {
            return TIME.format(at);
        }
        return value.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object value) {
        String text = text(value);
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
