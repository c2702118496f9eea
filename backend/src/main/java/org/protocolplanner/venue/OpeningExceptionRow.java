package org.protocolplanner.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of {@code space_opening_exception}: one window of an exception date, or none for a closed date. */
@Embeddable
record OpeningExceptionRow(
        @Column(name = "on_date") LocalDate date,
        @Column(name = "from_minute") @Nullable Integer fromMinute,
        @Column(name = "to_minute") @Nullable Integer toMinute) {}
