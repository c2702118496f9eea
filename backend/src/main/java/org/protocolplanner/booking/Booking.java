package org.protocolplanner.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.protocolplanner.shared.web.ConflictException;

/**
 * The reservation of a space for an engagement's busy interval: from its start to its end plus the
 * space's turnover, as absolute instants. Its status follows the table of docs/reference/roles.md and nothing else:
 * {@link #moveTo} refuses any other transition.
 */
@Entity
@Table(name = "booking")
class Booking {

    /** Which status each status may become; a repeat of the current status is no transition. */
    private static final Map<BookingStatus, Set<BookingStatus>> TRANSITIONS = Map.of(
            BookingStatus.REQUESTED,
                    EnumSet.of(
                            BookingStatus.CONFIRMED,
                            BookingStatus.DECLINED,
                            BookingStatus.LAPSED,
                            BookingStatus.WITHDRAWN),
            BookingStatus.CONFIRMED, EnumSet.of(BookingStatus.CANCELLED),
            BookingStatus.DECLINED, EnumSet.noneOf(BookingStatus.class),
            BookingStatus.LAPSED, EnumSet.noneOf(BookingStatus.class),
            BookingStatus.WITHDRAWN, EnumSet.noneOf(BookingStatus.class),
            BookingStatus.CANCELLED, EnumSet.noneOf(BookingStatus.class));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "engagement_id")
    private Long engagementId;

    @Column(name = "space_id", nullable = false)
    private String spaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status = BookingStatus.REQUESTED;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "busy_until", nullable = false)
    private Instant busyUntil;

    @Column(name = "answer_by")
    private Instant answerBy;

    private String reason;

    @Column(name = "replaces_booking_id")
    private Long replacesBookingId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected Booking() {}

    Booking(
            Long planId,
            Long engagementId,
            String spaceId,
            Instant startsAt,
            Instant endsAt,
            Instant busyUntil,
            Instant requestedAt,
            Instant answerBy,
            Long replacesBookingId) {
        this.planId = planId;
        this.engagementId = engagementId;
        this.spaceId = spaceId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.busyUntil = busyUntil;
        this.requestedAt = requestedAt;
        this.answerBy = answerBy;
        this.replacesBookingId = replacesBookingId;
    }

    /**
     * Moves to {@code next} on behalf of {@code actor}.
     *
     * @return false when the booking already has that status (a repeated answer changes nothing)
     * @throws ConflictException for any transition the lifecycle does not have
     */
    /** Whether a booking of status {@code from} may become {@code next} (the lifecycle of docs/reference/roles.md). */
    static boolean canMove(BookingStatus from, BookingStatus next) {
        return TRANSITIONS.get(from).contains(next);
    }

    /** Puts the booking back as an undone answer found it: its status and who answered it, when and why. */
    void restore(BookingStatus before, String reasonBefore, Instant answeredAtBefore, String answeredByBefore) {
        status = before;
        reason = reasonBefore;
        answeredAt = answeredAtBefore;
        answeredBy = answeredByBefore;
    }

    boolean moveTo(BookingStatus next, String actor, String why, Instant now) {
        if (status == next) {
            return false;
        }
        if (!canMove(status, next)) {
            throw new ConflictException("Booking " + id + " is " + status + "; it cannot become " + next + ".");
        }
        status = next;
        answeredAt = now;
        answeredBy = actor;
        if (why != null) {
            reason = why;
        }
        return true;
    }

    /** Whether this booking holds the same space for the same interval. */
    boolean isFor(String space, Instant start, Instant end) {
        return spaceId.equals(space) && startsAt.equals(start) && endsAt.equals(end);
    }

    Long getId() {
        return id;
    }

    Long getPlanId() {
        return planId;
    }

    Long getEngagementId() {
        return engagementId;
    }

    String getSpaceId() {
        return spaceId;
    }

    BookingStatus getStatus() {
        return status;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Instant getBusyUntil() {
        return busyUntil;
    }

    Instant getAnswerBy() {
        return answerBy;
    }

    String getReason() {
        return reason;
    }

    Long getReplacesBookingId() {
        return replacesBookingId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    long getVersion() {
        return version;
    }
}
