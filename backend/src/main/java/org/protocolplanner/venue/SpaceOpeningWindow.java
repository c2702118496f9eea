package org.protocolplanner.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A daily opening window of a space, in minutes of the local day ({@code toMinute} may be 1440). */
@Embeddable
public record SpaceOpeningWindow(
        @Column(name = "from_minute") int fromMinute,
        @Column(name = "to_minute") int toMinute) {}
