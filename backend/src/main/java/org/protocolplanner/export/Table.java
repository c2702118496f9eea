package org.protocolplanner.export;

import java.util.List;

/**
 * One sheet of a spreadsheet, or one CSV file: a name, the headings in the reader's language and the rows.
 * A cell is a String, a Number, a LocalDateTime (Beijing time) or null (empty).
 */
record Table(String name, List<String> headings, List<List<Object>> rows) {}
