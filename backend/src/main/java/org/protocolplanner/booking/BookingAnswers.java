package org.protocolplanner.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.protocolplanner.audit.AuditLog;
import org.protocolplanner.audit.AuditedEntity;
import org.protocolplanner.engagement.Engagement;
import org.protocolplanner.engagement.EngagementRepository;
import org.protocolplanner.engagement.EngagementResponse;
import org.protocolplanner.plan.Plan;
import org.protocolplanner.plan.PlanMarks;
import org.protocolplanner.plan.PlanService;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.shared.web.StaleVersionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The changes of a booking's status and what follows from each (docs/reference/roles.md, "Booking lifecycle"), each
 * in one transaction with the booking's row locked. Who may make them is checked before, by
 * {@link BookingService}; a repeated answer changes nothing and tells no one.
 */
@Component
class BookingAnswers {

    private static final String LAPSE_JOB = "lapse job";

    private final BookingRepository bookings;
    private final EngagementRepository engagements;
    private final PlanService plans;
    private final PlanMarks marks;
    private final BookingNotices notices;
    private final Clock clock;
    private final AuditLog audit;

    BookingAnswers(
            BookingRepository bookings,
            EngagementRepository engagements,
            PlanService plans,
            PlanMarks marks,
            BookingNotices notices,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.bookings = bookings;
        this.engagements = engagements;
        this.plans = plans;
        this.marks = marks;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Confirms a request and pins its engagement there. When it replaces a confirmed booking (a confirmed
     * engagement being moved), that one is cancelled first, in the same transaction, so that the two may
     * even overlap in one space.
     *
     * @param expectedVersion the version the answerer read; null for any
     */
    @Transactional
    public @Nullable AnsweredBooking confirm(long id, String actor, Long expectedVersion) {
        Booking booking = locked(id, expectedVersion);
        Instant now = clock.instant();
        AuditedBooking before = AuditedBooking.of(booking);
        AnsweredBooking.BookingBefore undoable = AnsweredBooking.BookingBefore.of(booking);
        if (!booking.moveTo(BookingStatus.CONFIRMED, actor, null, now)) {
            return null;
        }
        Booking replaced = booking.getReplacesBookingId() == null
                ? null
                : bookings.findLocked(booking.getReplacesBookingId()).orElse(null);
        AnsweredBooking.BookingBefore replacedBefore =
                replaced == null ? null : AnsweredBooking.BookingBefore.of(replaced);
        if (replaced != null) {
            advance(replaced, BookingStatus.CANCELLED, actor, "replaced by booking " + id, now, "cancel");
        }
        // The exclusion constraint decides here whether the space is still free.
        bookings.saveAndFlush(booking);
        recordBooking(actor, "confirm", before, booking);
        Plan plan = plans.load(booking.getPlanId());
        Engagement engagement = engagementOf(booking).orElse(null);
        AnsweredBooking.EngagementBefore engagementBefore =
                engagement == null ? null : AnsweredBooking.EngagementBefore.of(engagement);
        if (engagement != null) {
            changeEngagement(
                    actor,
                    "confirm",
                    engagement,
                    () -> engagement.pin(booking.getSpaceId(), BookingPlaces.localStart(plan, booking)));
        }
        marks.bookingChanged(booking.getPlanId());
        notices.confirmed(id);
        return new AnsweredBooking(
                id,
                booking.getPlanId(),
                "confirm",
                undoable.after(booking.getVersion()),
                replacedBefore == null ? null : replacedBefore.after(replaced.getVersion()),
                engagementBefore == null ? null : engagementBefore.after(engagement.getVersion()),
                false,
                marks.revision(booking.getPlanId()));
    }

    /**
     * Declines a request. A first request's space joins the engagement's excluded spaces, the engagement
     * is unpinned and the plan needs a re-plan (the officers are told so once, when it starts to). A request
     * to move a confirmed engagement puts it back at its confirmed place, pinned, with the declined space
     * excluded: no re-plan is needed.
     *
     * @param expectedVersion the version the answerer read; null for any
     */
    @Transactional
    public @Nullable AnsweredBooking decline(long id, String actor, String reason, Long expectedVersion) {
        Booking booking = locked(id, expectedVersion);
        AnsweredBooking.BookingBefore undoable = AnsweredBooking.BookingBefore.of(booking);
        if (!advance(booking, BookingStatus.DECLINED, actor, reason, clock.instant(), "decline")) {
            return null;
        }
        Plan plan = plans.load(booking.getPlanId());
        Booking confirmed = booking.getReplacesBookingId() == null
                ? null
                : bookings.findById(booking.getReplacesBookingId())
                        .filter(old -> old.getStatus() == BookingStatus.CONFIRMED)
                        .orElse(null);
        Engagement engagement = engagementOf(booking).orElse(null);
        AnsweredBooking.EngagementBefore engagementBefore =
                engagement == null ? null : AnsweredBooking.EngagementBefore.of(engagement);
        if (engagement != null) {
            changeEngagement(actor, "decline", engagement, () -> {
                exclude(engagement, booking.getSpaceId());
                if (confirmed != null) {
                    LocalDateTime start = BookingPlaces.localStart(plan, confirmed);
                    engagement.pin(confirmed.getSpaceId(), start);
                    engagement.setPublished(confirmed.getSpaceId(), start);
                } else {
                    engagement.pin(null, null);
                }
            });
        }
        boolean setNeedsReplan = false;
        if (confirmed != null && engagement != null) {
            marks.bookingChanged(plan.getId());
            notices.declined(id, false);
        } else {
            // Told once until the plan is published again: a summit's declines would otherwise each say it.
            boolean newlyNeedsReplan = !plan.isNeedsReplan();
            marks.needsReplan(plan.getId());
            notices.declined(id, newlyNeedsReplan);
            setNeedsReplan = newlyNeedsReplan;
        }
        return new AnsweredBooking(
                id,
                plan.getId(),
                "decline",
                undoable.after(booking.getVersion()),
                null,
                engagementBefore == null ? null : engagementBefore.after(engagement.getVersion()),
                setNeedsReplan,
                marks.revision(plan.getId()));
    }

    /** Releases a confirmed booking; the plan needs attention, and the officer decides what follows. */
    @Transactional
    public void cancel(long id, String actor, String reason, boolean byManager) {
        Booking booking = locked(id);
        if (!advance(booking, BookingStatus.CANCELLED, actor, reason, clock.instant(), "cancel")) {
            return;
        }
        marks.needsAttention(booking.getPlanId());
        notices.cancelled(id, byManager);
    }

    /** The officer no longer needs the request. */
    @Transactional
    public void withdraw(long id, String actor, String reason) {
        Booking booking = locked(id);
        if (!advance(booking, BookingStatus.WITHDRAWN, actor, reason, clock.instant(), "withdraw")) {
            return;
        }
        marks.bookingChanged(booking.getPlanId());
        notices.withdrawn(List.of(id));
    }

    /** Lapses a request not answered by its answer-by time; one answered meanwhile stays as it is. */
    @Transactional
    public boolean lapse(long id, Instant now) {
        Booking booking = locked(id);
        if (booking.getStatus() != BookingStatus.REQUESTED
                || booking.getAnswerBy().isAfter(now)) {
            return false;
        }
        advance(
                booking,
                BookingStatus.LAPSED,
                LAPSE_JOB,
                "not answered by " + BookingNotices.beijingTime(booking.getAnswerBy()),
                now,
                "lapse");
        marks.needsAttention(booking.getPlanId());
        notices.lapsed(id);
        return true;
    }

    /**
     * Moves a booking to its next status, saves it and audits the change, in the caller's transaction;
     * false (nothing saved, nothing audited) when the booking already had that status.
     */
    private boolean advance(
            Booking booking, BookingStatus to, String actor, String reason, Instant now, String action) {
        AuditedBooking before = AuditedBooking.of(booking);
        if (!booking.moveTo(to, actor, reason, now)) {
            return false;
        }
        bookings.saveAndFlush(booking);
        recordBooking(actor, action, before, booking);
        return true;
    }

    private void recordBooking(String actor, String action, AuditedBooking before, Booking after) {
        audit.recordAs(actor, AuditedEntity.BOOKING, after.getId(), action, before, AuditedBooking.of(after));
    }

    /** An answer's effect on its engagement (pin, excluded space) is audited as a change of the engagement. */
    private void changeEngagement(String actor, String action, Engagement engagement, Runnable change) {
        JsonNode before = audit.snapshot(EngagementResponse.audited(engagement));
        change.run();
        engagements.flush();
        audit.recordAs(
                actor,
                AuditedEntity.ENGAGEMENT,
                AuditedEntity.inPlan(engagement.getPlanId(), engagement.getRef()),
                action,
                before,
                EngagementResponse.audited(engagement));
    }

    private Booking locked(long id) {
        return bookings.findLocked(id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    /**
     * The booking locked, as the answerer read it: one that changed since (answered by someone else, or
     * withdrawn by a re-publish) is refused as stale rather than answered blind. Null expects any version.
     */
    private Booking locked(long id, Long expectedVersion) {
        Booking booking = locked(id);
        if (expectedVersion != null && booking.getVersion() != expectedVersion) {
            throw new StaleVersionException("booking", id, booking.getVersion());
        }
        return booking;
    }

    private Optional<Engagement> engagementOf(Booking booking) {
        return booking.getEngagementId() == null ? Optional.empty() : engagements.findById(booking.getEngagementId());
    }

    /** The declined space may no longer be used, nor preferred (a space both preferred and excluded is malformed). */
    private static void exclude(Engagement engagement, String spaceId) {
        List<String> excluded = new ArrayList<>(engagement.getExcludedSpaces());
        if (!excluded.contains(spaceId)) {
            excluded.add(spaceId);
            engagement.setExcludedSpaces(excluded);
        }
        List<String> preferred = new ArrayList<>(engagement.getPreferredSpaces());
        if (preferred.remove(spaceId)) {
            engagement.setPreferredSpaces(preferred);
        }
    }
}
