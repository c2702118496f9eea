package org.protocolplanner.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;

/**
 * An opening window of a space, in minutes of the local day ({@code toMinute} may be 1440), on one weekday,
 * or ({@code weekday} null) on every weekday that has no windows of its own.
 */
@Embeddable
public record SpaceOpeningWindow(
        @Column(name = "from_minute") int fromMinute,
        @Column(name = "to_minute") int toMinute,

        @Enumerated(EnumType.STRING) @Column(name = "weekday") @Nullable
        DayOfWeek weekday) {

    /** A window on every day. */
    public SpaceOpeningWindow(int fromMinute, int toMinute) {
        this(fromMinute, toMinute, null);
    }
}
