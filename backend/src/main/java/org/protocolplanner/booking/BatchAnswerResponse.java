package org.protocolplanner.booking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of each booking of a batch answer, in the request's order: nothing is left unsaid about
 * any of them. {@code answered} counts those now confirmed or declined, {@code refused} the others.
 */
public record BatchAnswerResponse(String answer, int answered, int refused, List<Outcome> outcomes) {

    /** What became of one booking. */
    public enum Result {
        /** Confirmed or declined as asked (or it already was: answers are idempotent); status 200. */
        ANSWERED,
        /** Confirming would overlap a confirmed booking of the same space or of one sharing its floor ({@code conflictingBookingId}); 409. */
        CONFLICT,
        /** It changed since the answerer read it ({@code currentVersion}, and the booking as it is now); 409. */
        STALE,
        /** Its status no longer takes this answer (a declined request cannot be confirmed); 409. */
        REFUSED,
        /** The answerer may not answer for its venue (it has managers, who answer it); 403. */
        FORBIDDEN,
        /** No such booking, or one of a venue the manager does not manage; 404. */
        NOT_FOUND,
        /** The server failed to apply it; nothing of it was saved; 500. */
        FAILED
    }

    /**
     * @param status  the HTTP status the single answer ({@code POST /api/bookings/{id}/confirm}) would have had
     * @param detail  why it was refused, as that answer's problem would say; null when answered
     * @param booking the booking as it is now, as the answerer may see it; null when it is not theirs to see
     */
    public record Outcome(
            long id,
            Result result,
            int status,
            @Nullable String detail,
            @Nullable Long currentVersion,
            @Nullable Long conflictingBookingId,
            @Nullable BookingResponse booking) {}
}
