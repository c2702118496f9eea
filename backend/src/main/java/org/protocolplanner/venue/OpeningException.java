package org.protocolplanner.venue;

import java.time.LocalDate;
import java.util.List;
import org.protocolplanner.exchange.OpeningWindow;

/**
 * A date on which a space keeps other hours than its week's: closed all day when {@code windows} is empty
 * (a public holiday), otherwise open in these windows only (a special evening opening).
 */
public record OpeningException(LocalDate date, List<OpeningWindow> windows) {

    public OpeningException {
        windows = List.copyOf(windows);
    }

    public static OpeningException closed(LocalDate date) {
        return new OpeningException(date, List.of());
    }

    public boolean isClosed() {
        return windows.isEmpty();
    }
}
