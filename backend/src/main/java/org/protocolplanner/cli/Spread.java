package org.protocolplanner.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The median of a figure over the benchmark's runs and its range. A run that never reached a time
 * (never feasible) counts as later than every run that did, so the median says "never" only when
 * most runs never got there.
 */
final class Spread {

    private final List<Double> values;

    /** @param values one per run; null for "never" */
    Spread(List<Double> values) {
        this.values = new ArrayList<>(values);
        this.values.sort(Comparator.nullsLast(Comparator.naturalOrder()));
    }

    Double median() {
        int size = values.size();
        Double lower = values.get((size - 1) / 2);
        Double upper = values.get(size / 2);
        return lower == null || upper == null ? null : (lower + upper) / 2;
    }

    /** "2.31 [1.90-2.80]"; "never" for a run that never got there. */
    String format(String pattern) {
        return text(median(), pattern) + " [" + text(values.get(0), pattern) + "-"
                + text(values.get(values.size() - 1), pattern) + "]";
    }

    private static String text(Double value, String pattern) {
        return value == null ? "never" : String.format(Locale.ROOT, pattern, value);
    }
}
