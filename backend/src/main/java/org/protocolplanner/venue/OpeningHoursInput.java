package org.protocolplanner.venue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protocolplanner.exchange.OpeningWindow;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.Message;
import org.protocolplanner.venue.VenueRequests.OpeningExceptionRequest;
import org.protocolplanner.venue.VenueRequests.OpeningWindowRequest;
import org.protocolplanner.venue.VenueRequests.TimeRangeRequest;

/**
 * Reads a space request's weekly windows and dated exceptions, collecting what is wrong with them by JSON
 * path: a window must end after it starts, two windows of one weekday (or two every-day windows) may not
 * overlap, a date has at most one exception, which is either closed or has windows.
 */
final class OpeningHoursInput {

    /** Exceptions are for the plans of this century; a date outside is a typing slip. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private final List<InputError> errors;

    OpeningHoursInput(List<InputError> errors) {
        this.errors = errors;
    }

    List<SpaceOpeningWindow> weekly(List<OpeningWindowRequest> requests) {
        List<SpaceOpeningWindow> windows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            OpeningWindowRequest request = requests.get(i);
            String path = "open[" + i + "]";
            OpeningWindow window = window(path, request.from(), request.to());
            if (window == null) {
                continue;
            }
            SpaceOpeningWindow candidate =
                    new SpaceOpeningWindow(window.fromMinute(), window.toMinute(), request.weekday());
            windows.stream()
                    .filter(earlier -> sameDay(earlier, candidate) && overlap(earlier, candidate))
                    .findFirst()
                    .ifPresent(earlier -> errors.add(new InputError(
                            path,
                            Message.of(
                                    "input.window-overlaps-day",
                                    OpeningWindow.format(earlier.fromMinute()),
                                    OpeningWindow.format(earlier.toMinute())))));
            windows.add(candidate);
        }
        return windows;
    }

    List<OpeningException> exceptions(List<OpeningExceptionRequest> requests) {
        List<OpeningException> exceptions = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            OpeningExceptionRequest request = requests.get(i);
            String path = "exceptions[" + i + "]";
            if (request.date().isBefore(EARLIEST_DATE) || request.date().isAfter(LATEST_DATE)) {
                errors.add(new InputError(
                        path + ".date",
                        Message.of("input.date-between", EARLIEST_DATE.toString(), LATEST_DATE.toString())));
            }
            Integer first = seen.putIfAbsent(request.date(), i);
            if (first != null) {
                errors.add(new InputError(
                        path + ".date", Message.of("input.exception-twice", "exceptions[" + first + "]")));
            }
            boolean closed = Boolean.TRUE.equals(request.closed());
            List<TimeRangeRequest> ranges = request.windows() == null ? List.of() : request.windows();
            if (closed == !ranges.isEmpty()) {
                errors.add(new InputError(
                        path, Message.of(closed ? "input.closed-with-windows" : "input.exception-empty")));
                continue;
            }
            List<OpeningWindow> windows = new ArrayList<>();
            for (int j = 0; j < ranges.size(); j++) {
                String windowPath = path + ".windows[" + j + "]";
                OpeningWindow window =
                        window(windowPath, ranges.get(j).from(), ranges.get(j).to());
                if (window == null) {
                    continue;
                }
                if (windows.stream().anyMatch(earlier -> overlap(earlier, window))) {
                    errors.add(new InputError(windowPath, Message.of("input.window-overlaps-date")));
                }
                windows.add(window);
            }
            exceptions.add(new OpeningException(request.date(), windows));
        }
        return exceptions;
    }

    private OpeningWindow window(String path, String from, String to) {
        int fromMinute = minutes(from);
        int toMinute = minutes(to);
        if (fromMinute == SpaceHours.DAY_MINUTES || toMinute <= fromMinute) {
            errors.add(new InputError(path + ".to", Message.of("input.after", "from", Message.field("from"))));
            return null;
        }
        return new OpeningWindow(fromMinute, toMinute);
    }

    private static boolean sameDay(SpaceOpeningWindow a, SpaceOpeningWindow b) {
        return a.weekday() == b.weekday();
    }

    private static boolean overlap(SpaceOpeningWindow a, SpaceOpeningWindow b) {
        return a.fromMinute() < b.toMinute() && b.fromMinute() < a.toMinute();
    }

    private static boolean overlap(OpeningWindow a, OpeningWindow b) {
        return a.fromMinute() < b.toMinute() && b.fromMinute() < a.toMinute();
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }
}
