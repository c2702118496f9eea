package org.protocolplanner.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A period in which a space cannot be used (maintenance, a state visit elsewhere ...), Beijing local time. */
@Embeddable
public record Blackout(
        @Column(name = "starts_at") LocalDateTime start,
        @Column(name = "ends_at") LocalDateTime end,
        String reason) {}
