package org.protocolplanner.booking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer to many requests (an approvals queue's "confirm selected"): {@code answer} is {@code confirm} or
 * {@code decline}, {@code reason} is required to decline and goes with every decline, and each booking
 * carries the version the answerer read.
 */
public record BatchAnswerRequest(String answer, @Nullable String reason, List<Item> bookings) {

    public record Item(Long id, Long version) {}
}
