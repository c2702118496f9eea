package org.protocolplanner.tools.meetingscheduling;

import java.util.List;

/**
 * One data row of a sheet with its number as Excel shows it (the header is row 1), so that an error can
 * name the cell: {@code Meetings!C5}.
 */
record SheetRow(String sheet, int number, List<String> cells) {

    /** The cell's text; the empty string for a cell the row leaves out. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    String path(int column) {
        return sheet + "!" + (char) ('A' + column) + number;
    }

    /** A whole number of at least 1, stored as {@code 30} or {@code 30.0}. */
    int wholeNumber(int column) {
        String text = cell(column);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value))) {
            throw XlsxWorkbook.malformed(path(column), "not a whole number of at least 1: " + text);
        }
        return (int) value;
    }
}
