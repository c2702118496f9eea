package org.protocolplanner.venue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.exchange.Period;

/**
 * A space's hours on one date, and their encoding in the exchange format, whose {@code open} windows are the
 * same every day: over a plan's horizon, {@code open} becomes the union of the hours of all its dates, and
 * each part of a date that union opens but the date's own hours do not becomes a blackout. The solver then
 * penalises exactly the minutes outside each date's own hours, and needs to know nothing of weekdays.
 */
final class SpaceHours {

    static final int DAY_MINUTES = 1440;
    private static final List<OpeningWindow> ALL_DAY = List.of(new OpeningWindow(0, DAY_MINUTES));

    /** A space's {@code open} and the blackouts that make it exact over a horizon. */
    record Encoded(List<OpeningWindow> open, List<Period> blackouts) {}

    private SpaceHours() {}

    /**
     * The windows a space is open in on {@code date}, sorted and merged: the date's exception if it has one,
     * otherwise the windows of the date's weekday if that weekday has its own, otherwise the every-day
     * windows. A space without any weekly window is open all day, as an empty {@code open} has always meant;
     * one with weekly windows is closed on a weekday that neither its own nor every-day windows open.
     */
    static List<OpeningWindow> on(Space space, LocalDate date) {
        Optional<OpeningException> exception = exceptionOn(space, date);
        if (exception.isPresent()) {
            return merge(exception.get().windows());
        }
        if (space.getOpeningHours().isEmpty()) {
            return ALL_DAY;
        }
        return merge(weekly(space, date.getDayOfWeek()).stream()
                .map(w -> new OpeningWindow(w.fromMinute(), w.toMinute()))
                .toList());
    }

    /** The weekly windows that hold on {@code day}: its own if it has some, the every-day ones otherwise. */
    static List<SpaceOpeningWindow> weekly(Space space, DayOfWeek day) {
        List<SpaceOpeningWindow> own =
                space.getOpeningHours().stream().filter(w -> w.weekday() == day).toList();
        return own.isEmpty()
                ? space.getOpeningHours().stream()
                        .filter(w -> w.weekday() == null)
                        .toList()
                : own;
    }

    /**
     * The space's hours over the dates of {@code [start, end)}. A space whose windows all hold every day and
     * that has no exceptions keeps its windows as they are, so documents of such spaces read as before.
     */
    static Encoded overHorizon(Space space, LocalDateTime start, LocalDateTime end) {
        boolean sameEveryDay = space.getOpeningExceptions().isEmpty()
                && space.getOpeningHours().stream().allMatch(w -> w.weekday() == null);
        if (sameEveryDay) {
            return new Encoded(
                    space.getOpeningHours().stream()
                            .map(w -> new OpeningWindow(w.fromMinute(), w.toMinute()))
                            .toList(),
                    List.of());
        }
        List<LocalDate> dates = start.toLocalDate()
                .datesUntil(end.toLocalDate().plusDays(1))
                .filter(date -> date.atStartOfDay().isBefore(end))
                .toList();
        List<OpeningWindow> union =
                merge(dates.stream().flatMap(date -> on(space, date).stream()).toList());
        // Nothing open on any date, or everything: "always open", and blackouts close what must be closed.
        List<OpeningWindow> open = union.equals(ALL_DAY) || union.isEmpty() ? List.of() : union;
        List<OpeningWindow> frame = open.isEmpty() ? ALL_DAY : open;
        List<Period> blackouts = new ArrayList<>();
        for (LocalDate date : dates) {
            List<OpeningWindow> hours = on(space, date);
            String reason = reason(space, date);
            for (OpeningWindow gap : minus(frame, hours)) {
                blackouts.add(new Period(at(date, gap.fromMinute()), at(date, gap.toMinute()), reason));
            }
        }
        return new Encoded(open, blackouts);
    }

    private static Optional<OpeningException> exceptionOn(Space space, LocalDate date) {
        return space.getOpeningExceptions().stream()
                .filter(e -> e.date().equals(date))
                .findFirst();
    }

    private static String reason(Space space, LocalDate date) {
        Optional<OpeningException> exception = exceptionOn(space, date);
        if (exception.isPresent()) {
            return exception.get().isClosed() ? "holiday: closed on this date" : "outside this date's special hours";
        }
        if (weekly(space, date.getDayOfWeek()).isEmpty()) {
            return "closed on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
        }
        return "outside this day's hours";
    }

    private static LocalDateTime at(LocalDate date, int minute) {
        return date.atStartOfDay().plusMinutes(minute);
    }

    /** The windows sorted by start, overlapping or touching ones joined. */
    static List<OpeningWindow> merge(List<OpeningWindow> windows) {
        List<OpeningWindow> sorted = windows.stream()
                .sorted(Comparator.comparingInt(OpeningWindow::fromMinute))
                .toList();
        List<OpeningWindow> merged = new ArrayList<>();
        for (OpeningWindow window : sorted) {
            OpeningWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window.fromMinute() <= last.toMinute()) {
                merged.set(
                        merged.size() - 1,
                        new OpeningWindow(last.fromMinute(), Math.max(last.toMinute(), window.toMinute())));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    /** The parts of the merged {@code frame} that the merged {@code hours} leave out. */
    private static List<OpeningWindow> minus(List<OpeningWindow> frame, List<OpeningWindow> hours) {
        List<OpeningWindow> gaps = new ArrayList<>();
        for (OpeningWindow window : frame) {
            int cursor = window.fromMinute();
            for (OpeningWindow open : hours) {
                if (open.toMinute() <= cursor || open.fromMinute() >= window.toMinute()) {
                    continue;
                }
                if (open.fromMinute() > cursor) {
                    gaps.add(new OpeningWindow(cursor, open.fromMinute()));
                }
                cursor = Math.max(cursor, open.toMinute());
            }
            if (cursor < window.toMinute()) {
                gaps.add(new OpeningWindow(cursor, window.toMinute()));
            }
        }
        return gaps;
    }
}
