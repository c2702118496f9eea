package org.protocolplanner.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.engagement.Engagement;

/**
 * One answer as its undo needs it: the booking (and the confirmed booking it replaced, if any) and its
 * engagement as they were before, and the versions the answer left them at, so that an undo can tell whether
 * anything changed them since. Times are kept as ISO text: the record is stored as JSON.
 *
 * @param setNeedsReplan  whether this answer is what marked the plan as needing a re-plan
 * @param revisionAfter   the plan's revision the answer left: an undo takes the re-plan mark back only while the
 *                        plan is still at the revision the step's last answer of it left (nothing else changed it)
 */
record AnsweredBooking(
        long bookingId,
        long planId,
        String answer,
        BookingBefore booking,
        @Nullable BookingBefore replaced,
        @Nullable EngagementBefore engagement,
        boolean setNeedsReplan,
        long revisionAfter) {

    /** A booking's answer fields before the answer, and its version after. */
    record BookingBefore(
            long id,
            String status,
            @Nullable String reason,
            @Nullable String answeredAt,
            @Nullable String answeredBy,
            long versionAfter) {

        /** The booking's answer fields now, before the answer; its version after is told by {@link #after}. */
        static BookingBefore of(Booking booking) {
            return new BookingBefore(
                    booking.getId(),
                    booking.getStatus().name(),
                    booking.getReason(),
                    booking.getAnsweredAt() == null
                            ? null
                            : booking.getAnsweredAt().toString(),
                    booking.getAnsweredBy(),
                    -1);
        }

        BookingBefore after(long version) {
            return new BookingBefore(id, status, reason, answeredAt, answeredBy, version);
        }

        void restore(Booking booking) {
            booking.restore(
                    BookingStatus.valueOf(status),
                    reason,
                    answeredAt == null ? null : Instant.parse(answeredAt),
                    answeredBy);
        }
    }

    /** What an answer may change of its engagement: its place, pin, published place and excluded and preferred spaces. */
    record EngagementBefore(
            long id,
            @Nullable String spaceId,
            @Nullable String start,
            @Nullable String pinnedSpaceId,
            @Nullable String pinnedStart,
            @Nullable String publishedSpaceId,
            @Nullable String publishedStart,
            List<String> excludedSpaces,
            List<String> preferredSpaces,
            long versionAfter) {

        static EngagementBefore of(Engagement engagement) {
            return new EngagementBefore(
                    engagement.getId(),
                    engagement.getAssignedSpaceId(),
                    text(engagement.getAssignedStart()),
                    engagement.getPinnedSpaceId(),
                    text(engagement.getPinnedStart()),
                    engagement.getPublishedSpaceId(),
                    text(engagement.getPublishedStart()),
                    List.copyOf(engagement.getExcludedSpaces()),
                    List.copyOf(engagement.getPreferredSpaces()),
                    -1);
        }

        EngagementBefore after(long version) {
            return new EngagementBefore(
                    id,
                    spaceId,
                    start,
                    pinnedSpaceId,
                    pinnedStart,
                    publishedSpaceId,
                    publishedStart,
                    excludedSpaces,
                    preferredSpaces,
                    version);
        }

        void restore(Engagement engagement) {
            engagement.setExcludedSpaces(excludedSpaces);
            engagement.setPreferredSpaces(preferredSpaces);
            engagement.setPublished(publishedSpaceId, time(publishedStart));
            if (pinnedSpaceId != null) {
                engagement.pin(pinnedSpaceId, time(pinnedStart));
            } else {
                engagement.pin(null, null);
                engagement.assign(spaceId, time(start));
            }
        }

        private static @Nullable String text(@Nullable LocalDateTime time) {
            return time == null ? null : time.toString();
        }

        private static @Nullable LocalDateTime time(@Nullable String text) {
            return text == null ? null : LocalDateTime.parse(text);
        }
    }
}
