package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The textual forms of times in exchange documents: local date-times without offset, and daily {@code HH:mm}. */
final class ExchangeTime {

    private static final DateTimeFormatter READ =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])");
    private static final String END_OF_DAY = "24:00";
    private static final int MINUTES_PER_DAY = 24 * 60;

    private ExchangeTime() {}

    /** {@code 2026-09-01T09:30} or {@code 2026-09-01T09:30:15}; null when the text is neither. */
    static LocalDateTime parseDateTime(String text) {
        try {
            return LocalDateTime.parse(text, READ);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds only when there are some, so that a document read and written again keeps its text. */
    static String format(LocalDateTime time) {
        return (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
    }

    static Integer parseMinuteOfDay(String text, boolean mayBeEndOfDay) {
        if (mayBeEndOfDay && END_OF_DAY.equals(text)) {
            return MINUTES_PER_DAY;
        }
        Matcher matcher = TIME_OF_DAY.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    }
}
